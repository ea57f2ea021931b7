#!/usr/bin/env python3
"""Write an api-docs JSON file with every operation N times.

    replicate_apidocs.py IN.api-docs.json OUT.api-docs.json N

The copies are named <Name>Copy2 ... <Name>CopyN, in the same order as
derive_openapi.py --replicate N names them; everything else in the file is kept as it is.
"""

import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: replicate_apidocs.py IN OUT N")
    source, target, copies = argv[0], argv[1], int(argv[2])
    if copies < 1:
        sys.exit("N must be at least 1")
    with open(source, encoding="utf-8") as handle:
        doc = json.load(handle)
    apis = doc.get("apis") or {}
    doc["apis"] = {
        (name if copy == 1 else f"{name}Copy{copy}"): api
        for copy in range(1, copies + 1)
        for name, api in apis.items()
    }
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(doc, handle, ensure_ascii=False)
    print(f"{len(doc['apis'])} operations -> {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
