"""The generated code with one construct cut out, for the ablation benchmarks (issue 30). Each variant maps a file's
name and text to its new text, or to None to leave the file out; every variant still compiles."""
import re

from generated_text import drop_blocks


def _lines(edit):
    return lambda name, text: "\n".join(edit(text.split("\n")))


def _skeleton(name, text):
    """The public declarations only: types, stored properties, memberwise initialisers, open enums' cases and
    `rawValue`, error types. What no change to the generated machinery can remove while the public API stays."""
    if name.endswith("+Operations.swift"):
        return None
    lines = text.split("\n")
    for start in [r"^ *public static let schema = ", r"^extension [\w.]+: ValidatableValue \{",
                  r"^extension DocumentedErrorCode<", r"^extension \w+Client \{",
                  r"public static let documentedRows", r"public static let documentedCases: \[Self\] = \[$",
                  r"public init\(rawValue: String\) \{"]:
        lines = drop_blocks(lines, start)
    lines = [l for l in lines if not re.search(r"public (typealias Code =|var code: Code|static let documentedCases)", l)]
    text = "\n".join(lines)
    text = re.sub(r": (SchemaModel, RPCQueryCodable|SchemaModel|OpenEnum) \{", ": Sendable {", text)
    return re.sub(r": DocumentedOperationError \{", ": Error {", text)


VARIANTS = {
    "as generated": lambda name, text: text,
    "no schema rows (fields: [])": _lines(lambda lines: drop_blocks(
        lines, r"^ *fields: \[$", replacement=lambda l: l.replace("[", "[])"))),
    "no validation rules (rules: [])": _lines(lambda lines: drop_blocks(
        lines, r"private static let rules: \[MemberRules<Self>\] = \[$", replacement=lambda l: l + "]")),
    "no error rows (documentedRows: [])": _lines(lambda lines: drop_blocks(
        lines, r"public static let documentedRows: .* = \[$", replacement=lambda l: l + "]")),
    "no error rows nor code constants": _lines(lambda lines: drop_blocks(drop_blocks(
        lines, r"public static let documentedRows: .* = \[$", replacement=lambda l: l + "]"),
        r"^extension DocumentedErrorCode<")),
    "no client methods (and paginators)": _lines(lambda lines: drop_blocks(lines, r"^extension \w+Client \{")),
    "no operation table": lambda name, text: None if name.endswith("+Operations.swift") else text,
    "no doc comments": _lines(lambda lines: [l for l in lines if not l.lstrip().startswith("///")]),
    "public API skeleton": _skeleton,
}


def _compose(*names):
    def edit(name, text):
        for variant in names:
            if text is None:
                return None
            text = VARIANTS[variant](name, text)
        return text
    return edit


_MACHINERY = ["no schema rows (fields: [])", "no validation rules (rules: [])", "no error rows nor code constants",
              "no client methods (and paginators)", "no operation table"]
VARIANTS["conformances only (every table empty, no client methods)"] = _compose(*_MACHINERY)

