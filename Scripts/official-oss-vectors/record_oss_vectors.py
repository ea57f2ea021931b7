#!/usr/bin/env python3
"""Records what the official OSS v2 SDK for Python (PyPI: alibabacloud-oss-v2) computes, for the Swift runtime's
tests to compare against offline:
- CRC-64 checksums (alibabacloud_oss_v2.crc.Crc64) of deterministic inputs, at every length where the table-driven
  loop changes path, and combined checksums of split inputs (Crc64.combine, what a multipart upload's checksum is
  made of);
- Signature V4 in the Authorization header and in presigned URLs (alibabacloud_oss_v2.signer.SignerV4), of requests
  whose URL the SDK's own client code builds (_client._build_url and its urlencode of the parameters), at a fixed
  time with fixed keys: keys with spaces, `+`, `%`, unicode, `//` and a trailing `/`, sub-resources, user metadata,
  ranges as additional headers, STS tokens;
- addressing: endpoints from a region and a kind (alibabacloud_oss_v2.endpoints.from_region) and URLs for each
  addressing style, an IP endpoint forcing path-style (_client._resolve_address_style, _client._build_url);
- Signature V1 (alibabacloud_oss_v2.signer.SignerV1) the same way: header and presigned URLs, sub-resources (the SDK's
  list and an operation's own, x-oss-process), STS tokens in presigned URLs. (In the header form the Python SDK sends
  an STS token as an unsigned `security-token` header, the Go SDK as a signed `x-oss-security-token`; the Swift
  runtime follows Go, so no header-form token case is recorded.)

Usage: record_oss_vectors.py OUTPUT.json    (the output is deterministic: CI records again and diffs)
"""
import json
import sys
from importlib.metadata import version

from datetime import datetime, timedelta, timezone
from urllib.parse import quote, urlencode, urlparse

from alibabacloud_oss_v2 import endpoints
from alibabacloud_oss_v2._client import AddressStyle, _build_url, _resolve_address_style, _resolve_endpoint
from alibabacloud_oss_v2.config import Config
from alibabacloud_oss_v2.crc import Crc64
from alibabacloud_oss_v2.signer.v1 import SignerV1
from alibabacloud_oss_v2.signer.v4 import SignerV4
from alibabacloud_oss_v2.types import Credentials, HttpRequest, OperationInput, SigningContext

ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com"
TIME = "2026-12-07T08:09:10Z"
KEYS = {"id": "LTAI5tExampleKeyId", "secret": "ExampleSecretForVectorsOnly0123"}
TOKEN = "CAIS+example/token=with+plus"

# Each case: the request as an operation input, and how it is signed.
V4_CASES = [
    {"name": "get object", "method": "GET", "bucket": "examplebucket", "key": "exampleobject.txt"},
    {"name": "key with spaces, plus and percent", "method": "GET", "bucket": "examplebucket", "key": "a b+c%d.txt"},
    {"name": "unicode key and folders", "method": "PUT", "bucket": "examplebucket", "key": "文件夹/中文 文件.txt",
     "headers": {"Content-Type": "text/plain; charset=utf-8"}},
    {"name": "double slash and trailing slash", "method": "PUT", "bucket": "examplebucket", "key": "dir//sub/"},
    {"name": "reserved characters", "method": "GET", "bucket": "examplebucket", "key": "~tilde-_.*'()!@#$&=;:,?"},
    {"name": "acl sub-resource", "method": "GET", "bucket": "examplebucket", "key": "exampleobject.txt",
     "parameters": [["acl", ""]]},
    {"name": "initiate multipart", "method": "POST", "bucket": "examplebucket", "key": "big.bin",
     "parameters": [["uploads", ""]], "headers": {"x-oss-storage-class": "IA", "Content-Type": "application/octet-stream"}},
    {"name": "upload part", "method": "PUT", "bucket": "examplebucket", "key": "big.bin",
     "parameters": [["partNumber", "3"], ["uploadId", "0004B9895DBBB6EC98E36"]],
     "headers": {"Content-MD5": "eB5eJF1ptWaXm4bijSPyxw==", "x-oss-hash-crc64ecma": "13245235143295883716"}},
    {"name": "list objects v2", "method": "GET", "bucket": "examplebucket",
     "parameters": [["list-type", "2"], ["prefix", "photos/2026 年"], ["delimiter", "/"], ["max-keys", "100"],
                    ["continuation-token", "ChR0ZXN0/+="]]},
    {"name": "image process", "method": "GET", "bucket": "examplebucket", "key": "cat.jpg",
     "parameters": [["x-oss-process", "image/resize,w_100/quality,q_90"]]},
    {"name": "user metadata and conditions", "method": "PUT", "bucket": "examplebucket", "key": "meta.txt",
     "headers": {"x-oss-meta-author": "Zhang San", "x-oss-meta-Project": "swift", "If-Match": "\"5B3C1A2E\"",
                 "Cache-Control": "no-cache"}},
    {"name": "range as an additional header", "method": "GET", "bucket": "examplebucket", "key": "big.bin",
     "headers": {"Range": "bytes=0-1023", "Host": "examplebucket.oss-cn-hangzhou.aliyuncs.com"},
     "additionalHeaders": ["range", "host", "x-oss-meta-ignored", "Content-Type"]},
    {"name": "sts token", "method": "DELETE", "bucket": "examplebucket", "key": "old.txt", "token": True},
    {"name": "list buckets", "method": "GET", "parameters": [["prefix", "my"]]},
    {"name": "bucket only", "method": "PUT", "bucket": "newbucket", "headers": {"x-oss-acl": "private"},
     "region": "ap-southeast-1"},
    {"name": "presigned get", "method": "GET", "bucket": "examplebucket", "key": "shared/报告 2026.pdf",
     "presign": 3600},
    {"name": "presigned put with content type and token", "method": "PUT", "bucket": "examplebucket",
     "key": "upload/a+b.bin", "headers": {"Content-Type": "application/octet-stream"}, "token": True, "presign": 900},
    {"name": "presigned with a sub-resource and additional header", "method": "GET", "bucket": "examplebucket",
     "key": "cat.jpg", "parameters": [["x-oss-process", "image/resize,w_100"]],
     "headers": {"Host": "examplebucket.oss-cn-hangzhou.aliyuncs.com"}, "additionalHeaders": ["host"],
     "presign": 604800},
]


V1_CASES = [
    {"name": "v1 get object", "method": "GET", "bucket": "examplebucket", "key": "exampleobject.txt"},
    {"name": "v1 unicode key, content type and md5", "method": "PUT", "bucket": "examplebucket",
     "key": "文件夹/a b+c%.txt",
     "headers": {"Content-Type": "text/plain", "Content-MD5": "eB5eJF1ptWaXm4bijSPyxw==", "x-oss-meta-Author": "Z",
                 "x-oss-storage-class": "IA"}},
    {"name": "v1 sub-resources sorted, others left out", "method": "PUT", "bucket": "examplebucket", "key": "big.bin",
     "parameters": [["uploadId", "0004B98"], ["partNumber", "2"], ["ignored", "x"]]},
    {"name": "v1 acl and response overrides", "method": "GET", "bucket": "examplebucket", "key": "a.txt",
     "parameters": [["response-content-type", "text/html; charset=utf-8"], ["acl", ""]]},
    {"name": "v1 an operation's own sub-resource", "method": "GET", "bucket": "examplebucket", "key": "cat.jpg",
     "parameters": [["x-oss-process", "image/resize,w_100"]], "subresources": ["x-oss-process"]},
    {"name": "v1 list buckets", "method": "GET", "parameters": [["prefix", "my"]]},
    {"name": "v1 presigned get", "method": "GET", "bucket": "examplebucket", "key": "shared/报告 2026.pdf",
     "presign": 3600},
    {"name": "v1 presigned put with token and type", "method": "PUT", "bucket": "examplebucket", "key": "up/a+b.bin",
     "headers": {"Content-Type": "application/octet-stream"}, "token": True, "presign": 900},
    {"name": "v1 presigned with a sub-resource", "method": "GET", "bucket": "examplebucket", "key": "a.txt",
     "parameters": [["versionId", "CAEQ"]], "presign": 60},
]


class _Options:
    """What _build_url reads from the client's options."""
    def __init__(self):
        self.endpoint = urlparse(ENDPOINT)
        self.address_style = AddressStyle.Virtual


def prepare(case):
    """The case's request as the SDK's client builds it (URL, query, headers), its credentials and the signing time."""
    op_input = OperationInput(op_name=case["name"], method=case["method"], bucket=case.get("bucket"),
                              key=case.get("key"))
    url = _build_url(op_input, _Options())
    parameters = dict(case.get("parameters", []))
    if parameters:
        query = urlencode(parameters, quote_via=quote)
        if query:
            url = url + "?" + query
    request = HttpRequest(method=case["method"], url=url, headers=dict(case.get("headers", {})))
    credentials = Credentials(KEYS["id"], KEYS["secret"], TOKEN if case.get("token") else None)
    time = datetime.strptime(TIME, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return request, credentials, time


def sign(case, signer, **context_options):
    """Signs the case with the SDK's signer and returns what the test compares."""
    request, credentials, time = prepare(case)
    context = SigningContext(product="oss", region=case.get("region", "cn-hangzhou"), bucket=case.get("bucket"),
                             key=case.get("key"), request=request, credentials=credentials, signing_time=time,
                             **context_options)
    context.sub_resource = case.get("subresources", [])
    if "presign" in case:
        context.auth_method_query = True
        context.expiration_time = time + timedelta(seconds=case["presign"])
    signer.sign(context)
    return {
        **case,
        "token": TOKEN if case.get("token") else None,
        "url": request.url,
        "headers": dict(case.get("headers", {})),
        "signedHeaders": {k.lower(): v for k, v in request.headers.items()},
        "stringToSign": context.string_to_sign,
    }


def sign_v1(case):
    return sign(case, SignerV1())


def sign_v4(case):
    return sign(case, SignerV4(), additional_headers=set(case.get("additionalHeaders", [])) or None)


STYLES = {"virtualHosted": AddressStyle.Virtual, "path": AddressStyle.Path, "customDomain": AddressStyle.CName}
KINDS = {"public": "default", "internal": "internal", "dualStack": "dualstack", "accelerate": "accelerate",
         "overseasAccelerate": "overseas"}


def addressing():
    """Endpoints from regions, and the URL of a request for each style, as the SDK's client resolves them."""
    regions = []
    for region in ["cn-hangzhou", "ap-southeast-1", "us-west-1"]:
        for kind, etype in KINDS.items():
            for secure in [True, False]:
                regions.append({"region": region, "kind": kind, "secure": secure,
                                "endpoint": endpoints.from_region(region, not secure, etype)})
    urls = []
    for endpoint in ["https://oss-cn-hangzhou.aliyuncs.com", "http://127.0.0.1:9000", "static.example.com",
                     "https://[::1]:8443"]:
        for style_name, style in STYLES.items():
            for bucket, key in [("examplebucket", "dir/a b+c.txt"), ("examplebucket", None), (None, None),
                                ("examplebucket", "中文/文件")]:
                config = Config(endpoint=endpoint, region="cn-hangzhou", use_cname=style == AddressStyle.CName,
                                use_path_style=style == AddressStyle.Path)
                options = _Options()
                _resolve_endpoint(config, options)
                _resolve_address_style(config, options)
                op_input = OperationInput(op_name="addressing", method="GET", bucket=bucket, key=key)
                urls.append({"endpoint": endpoint, "style": style_name, "bucket": bucket, "key": key,
                             "url": _build_url(op_input, options)})
    return {"regions": regions, "urls": urls}


def pattern(length, seed):
    """The bytes the Swift test makes too: (i * 31 + seed) mod 256."""
    return bytes((i * 31 + seed) % 256 for i in range(length))


def crc64(data):
    crc = Crc64(0)
    crc.update(data)
    return crc.sum64()


def main():
    output = sys.argv[1]
    checksums = []
    for length in [0, 1, 2, 7, 8, 9, 15, 16, 17, 63, 64, 65, 255, 256, 1000, 4096, 65539]:
        for seed in [0, 7]:
            checksums.append({"length": length, "seed": seed, "crc64": str(crc64(pattern(length, seed)))})
    checksums.append({"text": "123456789", "crc64": str(crc64(b"123456789"))})
    checksums.append({"text": "阿里云 OSS", "crc64": str(crc64("阿里云 OSS".encode("utf-8")))})
    combined = []
    for first, second in [(0, 5), (5, 0), (1, 1), (8, 9), (100, 1000), (65536, 3), (3, 1048576 + 5)]:
        a, b = pattern(first, 1), pattern(second, 2)
        combined.append({
            "firstLength": first, "firstSeed": 1, "secondLength": second, "secondSeed": 2,
            "first": str(crc64(a)), "second": str(crc64(b)),
            "combined": str(Crc64.combine(crc64(a), crc64(b), second)),
            "whole": str(crc64(a + b)),
        })
    document = {
        "sdk": f"alibabacloud-oss-v2=={version('alibabacloud-oss-v2')}",
        "time": TIME,
        "endpoint": ENDPOINT,
        "accessKeyId": KEYS["id"],
        "accessKeySecret": KEYS["secret"],
        "v4": [sign_v4(case) for case in V4_CASES],
        "v1": [sign_v1(case) for case in V1_CASES],
        "addressing": addressing(),
        "note": "Recorded by Scripts/official-oss-vectors/record_oss_vectors.py; pattern bytes are (i * 31 + seed) % 256. "
                "Checksums are decimal strings (unsigned 64-bit).",
        "crc64": checksums,
        "crc64Combine": combined,
    }
    with open(output, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
