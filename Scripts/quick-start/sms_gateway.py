#!/usr/bin/env python3
"""A loopback stand-in for Alibaba Cloud's gateway, for the README's quick start: every request's ACS3 signature is
recomputed with the official SDK's own code (alibabacloud_openapi_util.get_authorization, from PyPI) and compared;
a verified Dysmsapi SendSms is answered as the service answers it, and recorded (one JSON line per call) in the log
file; anything else is answered with the gateway's error. Prints its URL on the first line of standard output.

Usage: sms_gateway.py ACCESS_KEY_ID ACCESS_KEY_SECRET LOG_FILE
"""
import hashlib
import json
import sys
from urllib.parse import parse_qsl, urlsplit

from alibabacloud_openapi_util.client import Client as OpenApiUtil
from Tea.request import TeaRequest

from loopback_http import Answering, serve


def main():
    key_id, secret, log_path = sys.argv[1], sys.argv[2], sys.argv[3]

    class Handler(Answering):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = {name.lower(): value for name, value in self.headers.items()}
            target = urlsplit(self.path)
            request = TeaRequest()
            request.method = self.command
            request.pathname = target.path
            request.query = dict(parse_qsl(target.query, keep_blank_values=True))
            request.headers = {k: v for k, v in headers.items() if k not in ("authorization", "content-length")}
            payload = headers.get("x-acs-content-sha256", "")
            expected = OpenApiUtil.get_authorization(request, "ACS3-HMAC-SHA256", payload, key_id, secret)
            if hashlib.sha256(body).hexdigest() != payload or headers.get("authorization") != expected:
                return self.answer(400, {"Code": "SignatureDoesNotMatch", "Message": "the signature does not match"})
            parameters = dict(request.query)
            parameters.update(dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)))
            action = headers.get("x-acs-action")
            if action != "SendSms":
                return self.answer(400, {"Code": "InvalidAction.NotFound", "Message": f"{action} is not served"})
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps({"action": action, "version": headers.get("x-acs-version"),
                                      "parameters": parameters}, sort_keys=True) + "\n")
            self.answer(200, {"Code": "OK", "Message": "OK", "BizId": "900619746936498440^0",
                              "RequestId": "F655A8D5-B967-440B-8683-DAD6FF8DE990"})

    serve(Handler)


if __name__ == "__main__":
    main()
