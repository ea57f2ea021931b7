"""400 synthetic public structs of 12 members, stored or boxed (copy-on-write storage behind computed properties),
for Benchmarks/box-vs-stored.sh. Usage: synthetic_structs.py stored|box COUNT DIR [noinit] [nopaths] [internal]"""
import sys, os, random
variant = sys.argv[1]; opts = sys.argv[4:] if len(sys.argv)>4 else []; n = int(sys.argv[2]); out = sys.argv[3]
os.makedirs(out, exist_ok=True)
kinds = ["String?", "Int?", "Bool?", "[String]?", "Int64?", "String?", "String?", "[Item]?"]
common = '''
public struct Item: Sendable { public var name: String?; public var value: Int?; public init(name: String? = nil, value: Int? = nil) { self.name = name; self.value = value } }
public protocol Tabled { static var paths: [PartialKeyPath<Self>] { get } }
'''
open(f"{out}/Common.swift","w").write(common)
random.seed(1)
per_file = 20
for f in range(n // per_file):
    src = []
    for t in range(per_file):
        i = f*per_file+t
        nf = 12
        fields = [(f"field{k}", kinds[(i+k) % len(kinds)]) for k in range(nf)]
        name = f"Type{i}"
        if variant == "stored":
            body = "\n".join(f"    public var {fn}: {ty}" for fn, ty in fields)
            init_params = ", ".join(f"{fn}: {ty} = nil" for fn, ty in fields)
            init_body = "\n".join(f"        self.{fn} = {fn}" for fn, ty in fields)
            init = "" if "noinit" in opts else f"    public init({init_params}) {{\n{init_body}\n    }}\n"
            paths = "" if "nopaths" in opts else f"    nonisolated(unsafe) public static let paths: [PartialKeyPath<Self>] = [{', '.join(chr(92)+'.'+fn for fn,_ in fields)}]\n"
            conf = "Sendable" if "nopaths" in opts else "Sendable, Tabled"
            if "internal" in opts: body = body.replace("public var", "var")
            src.append(f"public struct {name}: {conf} {{\n{body}\n{init}{paths}}}\n")
        else:
            box_fields = "\n".join(f"        var {fn}: {ty}" for fn, ty in fields)
            box_init_params = ", ".join(f"_ {fn}: {ty}" for fn, ty in fields)
            box_init_body = "\n".join(f"            self.{fn} = {fn}" for fn, ty in fields)
            props = "\n".join(f"    public var {fn}: {ty} {{\n        get {{ storage.{fn} }}\n        set {{ unique().{fn} = newValue }}\n    }}" for fn, ty in fields)
            init_params = ", ".join(f"{fn}: {ty} = nil" for fn, ty in fields)
            args = ", ".join(fn for fn, _ in fields)
            copy_args = ", ".join(f"{fn}" for fn, _ in fields)
            src.append(f'''public struct {name}: Sendable, Tabled {{
    final class Storage: @unchecked Sendable {{
{box_fields}
        init({box_init_params}) {{
{box_init_body}
        }}
        func copy() -> Storage {{ Storage({copy_args}) }}
    }}
    var storage: Storage
    mutating func unique() -> Storage {{
        if !isKnownUniquelyReferenced(&storage) {{ storage = storage.copy() }}
        return storage
    }}
{props}
    public init({init_params}) {{
        storage = Storage({args})
    }}
    nonisolated(unsafe) public static let paths: [PartialKeyPath<Self>] = [{', '.join(chr(92)+'.'+fn for fn,_ in fields)}]
}}
''')
    open(f"{out}/F{f}.swift","w").write("\n".join(src))
