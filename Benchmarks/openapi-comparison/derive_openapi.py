#!/usr/bin/env python3
"""Derive an OpenAPI 3.0.3 document from an Alibaba Cloud api-docs JSON file.

The result carries the same operations, parameters and responses, so that Apple's
swift-openapi-generator can be timed on the same API as aliyun-codegen
(Benchmarks/openapi-comparison/compare.sh).

    derive_openapi.py IN.api-docs.json OUT.openapi.json [--replicate N]

How api-docs maps onto OpenAPI 3.0.3:
- Every operation becomes one path `/<OperationName>` with its first HTTP method (RPC's POST),
  `operationId` = the operation's name, its summary, description and deprecation.
- Every parameter becomes a query parameter (whatever its api-docs `in`: RPC sends them all in
  the query string or form). A parameter named twice in one operation (75 ECS operations do so)
  is kept once, the first time.
  - scalars: style form;
  - `repeatList` and `flat` arrays: style form, explode true (OpenAPI has no `Name.N` notation);
  - `flat` objects: style deepObject, explode true (OpenAPI's `Name[Key]` for Aliyun's `Name.Key`);
  - `json` parameters: a `content: application/json` parameter with the schema.
- Schemas: type and format (int32/int64/float/double), properties (api-docs puts `required: true`
  on each property; OpenAPI wants a `required` list on the object), items, enum (values coerced to
  the type, empty lists dropped, repeats dropped), default/minimum/maximum (coerced to the type,
  dropped when they cannot be), minItems/maxItems/maxLength/pattern, description, title,
  deprecated. An object without properties is free-form (`additionalProperties: true`).
  `$ref`s into components.schemas are kept, and components.schemas is converted the same way.
- Responses: every api-docs status code with its schema as `application/json`, plus a `default`
  response with Alibaba Cloud's error body (RequestId, HostId, Code, Message, Recommend).

Left out: examples, the operation's errorCodes list (only the shared error body is described),
response headers, security (AK signatures have no OpenAPI scheme the generator uses), the
endpoint list (one server URL from it is kept), api-docs' documentation-only keys.

`--replicate N` writes every operation N times: the copies are named `<Name>Copy2` ... `<Name>CopyN`.

`--generator-config FILE` also writes a swift-openapi-generator configuration (types and client,
public, idiomatic naming). Idiomatic naming turns `Key` and `key`, or the enum values `Normal` and
`normal`, into the same Swift name, which does not compile (14 ECS objects have both `Key` and
`key`; one enum has both `Normal` and `normal`); the file therefore maps each such second spelling to
a Swift name of its own through the generator's `nameOverrides` (a global map, so every property or
enum value of that spelling gets the name).
"""

import argparse
import json
import re
import sys

ERROR_SCHEMA = {
    "type": "object",
    "description": "The error body that Alibaba Cloud returns with a 4xx or 5xx status.",
    "properties": {
        "RequestId": {"type": "string", "description": "The request ID."},
        "HostId": {"type": "string", "description": "The endpoint that answered."},
        "Code": {"type": "string", "description": "The error code."},
        "Message": {"type": "string", "description": "The error message."},
        "Recommend": {"type": "string", "description": "The diagnosis URL."},
    },
}

SCALAR_TYPES = {"string", "integer", "number", "boolean"}
FORMATS = {"integer": {"int32", "int64"}, "number": {"float", "double"}}


def coerce(value, type_):
    """The value as the JSON type `type_`, or None when it cannot be."""
    if value is None:
        return None
    try:
        if type_ == "integer":
            if isinstance(value, bool):
                return None
            if isinstance(value, int):
                return value
            if isinstance(value, float):
                return int(value) if value.is_integer() else None
            return int(str(value).strip())
        if type_ == "number":
            if isinstance(value, bool):
                return None
            number = float(str(value).strip()) if not isinstance(value, (int, float)) else value
            return number if number == number and abs(number) != float("inf") else None
        if type_ == "boolean":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            return {"true": True, "false": False}.get(text)
        if type_ == "string":
            return value if isinstance(value, str) else None
    except (ValueError, OverflowError):
        return None
    return None


def convert_ref(ref):
    # api-docs refs look like "#/components/schemas/Name": the same place in OpenAPI 3.
    return {"$ref": ref}


def convert_schema(schema):
    """An api-docs schema as an OpenAPI 3.0 schema object."""
    if not isinstance(schema, dict):
        return {"type": "string"}
    if "$ref" in schema:
        return convert_ref(schema["$ref"])
    type_ = schema.get("type")
    out = {}
    if type_ == "object" or (type_ is None and "properties" in schema):
        out["type"] = "object"
        properties = schema.get("properties") or {}
        if properties:
            out["properties"] = {name: convert_schema(sub) for name, sub in properties.items()}
            required = [
                name for name, sub in properties.items()
                if isinstance(sub, dict) and sub.get("required") is True
            ]
            if required:
                out["required"] = required
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            out["additionalProperties"] = convert_schema(extra)
        elif not properties:
            out["additionalProperties"] = True
    elif type_ == "array":
        out["type"] = "array"
        out["items"] = convert_schema(schema.get("items") or {"type": "string"})
        for key in ("minItems", "maxItems"):
            number = coerce(schema.get(key), "integer")
            if number is not None and number >= 0:
                out[key] = number
    elif type_ in SCALAR_TYPES:
        out["type"] = type_
        fmt = schema.get("format")
        if fmt and fmt in FORMATS.get(type_, ()):
            out["format"] = fmt
        if "enum" in schema and isinstance(schema["enum"], list):
            values = []
            for raw in schema["enum"]:
                value = coerce(raw, type_)
                if value is not None and value not in values:
                    values.append(value)
            if values:
                out["enum"] = values
        if type_ in ("integer", "number"):
            for key in ("minimum", "maximum"):
                number = coerce(schema.get(key), type_)
                if number is not None:
                    out[key] = number
        if type_ == "string":
            number = coerce(schema.get("maxLength"), "integer")
            if number is not None and number >= 0:
                out["maxLength"] = number
            if isinstance(schema.get("pattern"), str):
                out["pattern"] = schema["pattern"]
        default = coerce(schema.get("default"), type_)
        if default is not None and ("enum" not in out or default in out["enum"]):
            out["default"] = default
    else:
        # An unknown or missing type: api-docs' readers treat it as a string.
        out["type"] = "string"
    for key in ("title", "description"):
        if isinstance(schema.get(key), str) and schema[key]:
            out[key] = schema[key]
    if schema.get("deprecated") is True:
        out["deprecated"] = True
    return out


def convert_parameter(parameter):
    schema = parameter.get("schema") or {}
    style = parameter.get("style")
    required = parameter.get("required")
    if required is None:
        required = schema.get("required") is True
    out = {"name": parameter["name"], "in": "query"}
    description = schema.get("description") or parameter.get("description")
    if isinstance(description, str) and description:
        out["description"] = description
    if required is True:
        out["required"] = True
    if schema.get("deprecated") is True or parameter.get("deprecated") is True:
        out["deprecated"] = True
    converted = convert_schema(schema)
    if style == "json":
        out["content"] = {"application/json": {"schema": converted}}
        return out
    out["schema"] = converted
    kind = converted.get("type")
    if kind == "object":
        out["style"] = "deepObject"
        out["explode"] = True
    elif kind == "array":
        out["style"] = "form"
        out["explode"] = True
    return out


def convert_operation(name, api):
    methods = [m.lower() for m in api.get("methods") or ["post"]]
    method = methods[0]
    operation = {"operationId": name}
    for key in ("summary", "description"):
        if isinstance(api.get(key), str) and api[key]:
            operation[key] = api[key]
    if not operation.get("summary") and isinstance(api.get("title"), str) and api["title"]:
        operation["summary"] = api["title"]
    if api.get("deprecated") is True:
        operation["deprecated"] = True
    seen = set()
    parameters = []
    for parameter in api.get("parameters") or []:
        if parameter["name"] in seen:
            continue
        seen.add(parameter["name"])
        parameters.append(convert_parameter(parameter))
    if parameters:
        operation["parameters"] = parameters
    responses = {}
    for status, response in (api.get("responses") or {}).items():
        if not (isinstance(status, str) and (status.isdigit() or status.upper() in ("1XX", "2XX", "3XX", "4XX", "5XX"))):
            continue
        entry = {"description": "OK" if status.startswith("2") else f"Status {status}"}
        if isinstance(response, dict) and isinstance(response.get("schema"), dict):
            entry["content"] = {"application/json": {"schema": convert_schema(response["schema"])}}
        responses[status.upper()] = entry
    if not responses:
        responses["200"] = {"description": "OK"}
    responses["default"] = {
        "description": "An error",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }
    operation["responses"] = responses
    return method, operation


def replicated(apis, copies):
    """Every operation `copies` times, renamed <Name>Copy2 ... <Name>CopyN (in that order)."""
    out = {}
    for copy in range(1, copies + 1):
        for name, api in apis.items():
            out[name if copy == 1 else f"{name}Copy{copy}"] = api
    return out


def derive(doc, copies=1):
    info = doc.get("info") or {}
    product = info.get("product") or "Product"
    version = info.get("version") or "1.0"
    servers = []
    for endpoint in doc.get("endpoints") or []:
        host = endpoint.get("endpoint") if isinstance(endpoint, dict) else None
        if host:
            servers.append({"url": f"https://{host}"})
            break
    if not servers:
        servers.append({"url": f"https://{product.lower()}.aliyuncs.com"})
    paths = {}
    for name, api in replicated(doc.get("apis") or {}, copies).items():
        method, operation = convert_operation(name, api)
        operation["operationId"] = name
        paths[f"/{name}"] = {method: operation}
    schemas = {
        name: convert_schema(schema)
        for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items()
    }
    schemas["ErrorResponse"] = ERROR_SCHEMA
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"{product} {version}",
            "version": version,
            "description": f"Derived from the api-docs metadata of {product} {version} "
            f"by Benchmarks/openapi-comparison/derive_openapi.py.",
        },
        "servers": servers,
        "paths": paths,
        "components": {"schemas": schemas},
    }


def idiomatic_key(name):
    """What idiomatic naming cannot tell apart: the same letters and digits, in any case."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def colliding_spellings(document):
    """Spellings of property names, parameter names and enum values that collide with another
    spelling in the same object, operation or enum under idiomatic naming; the first spelling
    (upper-case first, then in sorted order) of each group is left out."""
    found = set()

    def groups(names):
        by_key = {}
        for name in names:
            if isinstance(name, str):
                by_key.setdefault(idiomatic_key(name), set()).add(name)
        for spellings in by_key.values():
            if len(spellings) > 1:
                ordered = sorted(spellings, key=lambda s: (not s[:1].isupper(), s))
                found.update(ordered[1:])

    def walk(schema):
        if not isinstance(schema, dict):
            return
        properties = schema.get("properties") or {}
        groups(properties)
        if "enum" in schema:
            groups(schema["enum"])
        for sub in properties.values():
            walk(sub)
        walk(schema.get("items"))
        if isinstance(schema.get("additionalProperties"), dict):
            walk(schema["additionalProperties"])

    for path in document["paths"].values():
        for operation in path.values():
            parameters = operation.get("parameters") or []
            groups([p["name"] for p in parameters])
            for parameter in parameters:
                walk(parameter.get("schema"))
                for media in (parameter.get("content") or {}).values():
                    walk(media.get("schema"))
            for response in operation["responses"].values():
                for media in (response.get("content") or {}).values():
                    walk(media.get("schema"))
    for schema in document["components"]["schemas"].values():
        walk(schema)
    return found


def generator_config(document):
    overrides = {}
    taken = set()
    for spelling in sorted(colliding_spellings(document)):
        base = re.sub(r"[^A-Za-z0-9_]", "_", spelling)
        if not re.match(r"[A-Za-z_]", base):
            base = "_" + base
        candidate, index = f"{base}_", 2
        while candidate in taken:
            candidate, index = f"{base}_{index}", index + 1
        taken.add(candidate)
        overrides[spelling] = candidate
    lines = ["# Written by derive_openapi.py --generator-config.", "generate:", "  - types", "  - client",
             "accessModifier: public", "namingStrategy: idiomatic"]
    if overrides:
        lines.append("nameOverrides:")
        lines += [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(overrides.items())]
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="an api-docs JSON file")
    parser.add_argument("output", help="the OpenAPI 3.0.3 JSON file to write ('-' for stdout)")
    parser.add_argument("--replicate", type=int, default=1, metavar="N",
                        help="write every operation N times (copies named <Name>Copy2...)")
    parser.add_argument("--generator-config", metavar="FILE",
                        help="also write a swift-openapi-generator configuration for the document")
    args = parser.parse_args(argv)
    if args.replicate < 1:
        parser.error("--replicate must be at least 1")
    with open(args.input, encoding="utf-8") as handle:
        doc = json.load(handle)
    result = derive(doc, args.replicate)
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"{len(result['paths'])} operations -> {args.output}", file=sys.stderr)
    if args.generator_config:
        with open(args.generator_config, "w", encoding="utf-8") as handle:
            handle.write(generator_config(result))


if __name__ == "__main__":
    main(sys.argv[1:])
