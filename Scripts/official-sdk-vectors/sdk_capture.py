"""Shared by record_vectors.py (RPC) and record_roa_vectors.py (ROA): drive the official SDK offline.

Import this module before any alibabacloud_* product SDK. Importing it does the following:

- It refuses every socket connection. This is a safety net.
- It fixes alibabacloud_tea_openapi.utils.Utils.get_timestamp, get_nonce, get_date_utcstring and
  get_user_agent.
- It wraps the SDK's signing functions, the V3 ones and the RPC V1 ones. A wrapper records its
  arguments and its result into the current Trace, then calls the original.
- It replaces requests' HTTPAdapter.send. The replacement records the prepared request and raises
  Captured instead of connecting.

A recorder calls begin(trace), calls the SDK, catches Captured and then calls end(). The values it
writes come from the SDK's own code. None of them is computed again here. See README.md beside
this file.
"""

import copy
import importlib.metadata
import os
import re
import socket

# --------------------------------------------------------------------------
# Safety net: no network at all. Installed before the SDK is imported.
# --------------------------------------------------------------------------


def _refuse_network(*args, **kwargs):
    raise RuntimeError(f'official-sdk-vectors: network access attempted {args!r}')


socket.socket.connect = _refuse_network
socket.socket.connect_ex = _refuse_network
socket.create_connection = _refuse_network
socket.getaddrinfo = _refuse_network

import requests.adapters  # noqa: E402

from alibabacloud_tea_openapi import client as openapi_client  # noqa: E402
from alibabacloud_tea_openapi import utils as openapi_utils  # noqa: E402
from alibabacloud_tea_openapi.utils import Utils  # noqa: E402
from darabonba.core import DaraCore  # noqa: E402

# --------------------------------------------------------------------------
# Fixed inputs shared by every recorder
# --------------------------------------------------------------------------

ACCESS_KEY_ID = 'LTAI5tTestAccessKeyId'
ACCESS_KEY_SECRET = 'TestAccessKeySecret0123456789abcdef'
SECURITY_TOKEN = 'CAIS+TestSecurityToken/with=chars'
TIMESTAMP = '2026-11-29T12:00:00Z'
# Read only by the SDK's ROA paths, for the 'date' header. It is patched so that nothing reads the clock.
DATE_UTCSTRING = 'Sun, 29 Nov 2026 12:00:00 GMT'
NONCE = '3f1c8e2a-5b7d-4e90-9a61-0d2c4b8e7f15'
USER_AGENT = 'AlibabaCloud-Conformance/1.0'

SPECIAL_CHARS = "+ * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ]"

# --------------------------------------------------------------------------
# The trace of one SDK call
# --------------------------------------------------------------------------


class Captured(BaseException):
    """Raised from the transport to stop the SDK once the request is recorded.

    A BaseException so the SDK's `except Exception` retry handling never sees it."""


class Trace:
    def __init__(self, nonce):
        self.nonce = nonce
        self.calls = []          # names of patched SDK functions, in call order
        self.parameters = None   # OpenApiRequest.query handed to call_api
        self.body_parameters = None  # OpenApiRequest.body handed to call_api, when it is a dict
        self.openapi_headers = None  # OpenApiRequest.headers handed to call_api
        self.openapi_body = None     # a copy of OpenApiRequest.body handed to call_api
        self.openapi_body_object = None  # that body itself, to recognise it later by identity
        self.params = None       # Params handed to call_api
        self.dara_request = None
        self.prepared = None
        # V3
        self.in_authorization = False
        self.authorization = None
        self.canonical_query = None
        self.canonical_headers = None
        self.signed_headers = None
        self.canonical_request = None
        self.string_to_sign = None
        self.signature_bytes = None
        # V1
        self.in_rpcsignature = False
        self.rpc_signed_params = None
        self.rpc_canonicalized_query = None
        self.rpc_string_to_sign = None
        self.rpc_hmac_key = None
        self.rpc_signature = None


TRACE = None


def begin(trace):
    global TRACE
    TRACE = trace


def end():
    global TRACE
    trace, TRACE = TRACE, None
    return trace


def record(name):
    if TRACE is not None:
        TRACE.calls.append(name)


# --------------------------------------------------------------------------
# Patches and wrappers
# --------------------------------------------------------------------------

# Timestamp, nonce, date and user agent: static methods of
# alibabacloud_tea_openapi.utils.Utils, which the client calls as Utils.xxx().
def _fixed_timestamp():
    record('Utils.get_timestamp')
    return TIMESTAMP


def _fixed_nonce():
    record('Utils.get_nonce')
    return TRACE.nonce


def _fixed_date_utcstring():
    record('Utils.get_date_utcstring')
    return DATE_UTCSTRING


def _fixed_user_agent(user_agent):
    # The real function returns 'AlibabaCloud (<OS>; <arch>) Python/<ver> Core/<tea ver> TeaDSL/2 '
    # + config.user_agent, which depends on the machine; the vectors use the bare value.
    record('Utils.get_user_agent')
    return USER_AGENT


Utils.get_timestamp = staticmethod(_fixed_timestamp)
Utils.get_nonce = staticmethod(_fixed_nonce)
Utils.get_date_utcstring = staticmethod(_fixed_date_utcstring)
Utils.get_user_agent = staticmethod(_fixed_user_agent)

# V3: Utils.get_authorization builds the canonical request inline from the module
# functions get_canonical_query_string and get_canonicalized_headers, hashes it with
# Utils.hash, and signs the string to sign with signature_method. Wrap each.
_orig_get_authorization = Utils.get_authorization
_orig_get_canonical_query_string = openapi_utils.get_canonical_query_string
_orig_get_canonicalized_headers = openapi_utils.get_canonicalized_headers
_orig_hash = Utils.hash
_orig_signature_method = openapi_utils.signature_method


def _wrapped_get_authorization(request, sign_type, payload, ak, secret):
    record('Utils.get_authorization')
    TRACE.in_authorization = True
    try:
        result = _orig_get_authorization(request, sign_type, payload, ak, secret)
    finally:
        TRACE.in_authorization = False
    TRACE.authorization = {'signType': sign_type, 'payload': payload, 'accessKeyId': ak,
                           'result': result}
    return result


def _wrapped_get_canonical_query_string(query):
    result = _orig_get_canonical_query_string(query)
    if TRACE.in_authorization:
        TRACE.canonical_query = result
    return result


def _wrapped_get_canonicalized_headers(headers):
    result = _orig_get_canonicalized_headers(headers)
    if TRACE.in_authorization:
        TRACE.canonical_headers, TRACE.signed_headers = result
    return result


def _wrapped_hash(raw, sign_type):
    result = _orig_hash(raw, sign_type)
    if TRACE is not None and TRACE.in_authorization:
        TRACE.canonical_request = bytes(raw).decode('utf-8')
    return result


def _wrapped_signature_method(secret, source, sign_type):
    result = _orig_signature_method(secret, source, sign_type)
    if TRACE.in_authorization:
        TRACE.string_to_sign = source
        TRACE.signature_bytes = result
    return result


Utils.get_authorization = staticmethod(_wrapped_get_authorization)
Utils.hash = staticmethod(_wrapped_hash)
openapi_utils.get_canonical_query_string = _wrapped_get_canonical_query_string
openapi_utils.get_canonicalized_headers = _wrapped_get_canonicalized_headers
openapi_utils.signature_method = _wrapped_signature_method

# V1: Utils.get_rpcsignature builds the canonicalized query and the string to sign
# inline, passing the former to the module-level quote_plus and the latter to
# hmac.new. Wrap quote_plus and substitute a recording hmac for that module only.
_orig_get_rpcsignature = Utils.get_rpcsignature
_orig_quote_plus = openapi_utils.quote_plus
_real_hmac = openapi_utils.hmac


def _wrapped_get_rpcsignature(signed_params, method, secret):
    record('Utils.get_rpcsignature')
    TRACE.rpc_signed_params = copy.deepcopy(signed_params)
    TRACE.in_rpcsignature = True
    try:
        result = _orig_get_rpcsignature(signed_params, method, secret)
    finally:
        TRACE.in_rpcsignature = False
    TRACE.rpc_signature = result
    return result


def _wrapped_quote_plus(string, *args, **kwargs):
    if TRACE is not None and TRACE.in_rpcsignature:
        TRACE.rpc_canonicalized_query = string
    return _orig_quote_plus(string, *args, **kwargs)


class _RecordingHmac:
    def __getattr__(self, name):
        return getattr(_real_hmac, name)

    def new(self, key, msg=None, digestmod=''):
        if TRACE is not None and TRACE.in_rpcsignature:
            TRACE.rpc_hmac_key = bytes(key).decode('utf-8')
            TRACE.rpc_string_to_sign = bytes(msg).decode('utf-8')
        return _real_hmac.new(key, msg, digestmod)


Utils.get_rpcsignature = staticmethod(_wrapped_get_rpcsignature)
openapi_utils.quote_plus = _wrapped_quote_plus
openapi_utils.hmac = _RecordingHmac()

# What the generated product client hands to the generic OpenAPI client.
_orig_call_api = openapi_client.Client.call_api


def _wrapped_call_api(self, params, request, runtime):
    record('Client.call_api')
    TRACE.params = params.to_map()
    TRACE.parameters = copy.deepcopy(request.query)
    TRACE.body_parameters = copy.deepcopy(request.body) if isinstance(request.body, dict) else {}
    TRACE.openapi_headers = copy.deepcopy(request.headers)
    TRACE.openapi_body = copy.deepcopy(request.body)
    TRACE.openapi_body_object = request.body
    return _orig_call_api(self, params, request, runtime)


openapi_client.Client.call_api = _wrapped_call_api

# The request the SDK hands to its HTTP core, and the prepared request that the
# core hands to the transport. The transport raises instead of connecting.
_orig_do_action = DaraCore.do_action


def _wrapped_do_action(request, runtime_option=None):
    record('DaraCore.do_action')
    TRACE.dara_request = {
        'method': request.method,
        'pathname': request.pathname,
        'protocol': request.protocol,
        'port': request.port,
        'query': copy.deepcopy(request.query),
        'headers': copy.deepcopy(request.headers),
        'body': request.body,
    }
    return _orig_do_action(request, runtime_option)


def _capturing_send(self, request, **kwargs):
    record('HTTPAdapter.send')
    TRACE.prepared = {
        'method': request.method,
        'url': request.url,
        'headers': dict(request.headers),
        'body': request.body,
    }
    raise Captured()


DaraCore.do_action = staticmethod(_wrapped_do_action)
requests.adapters.HTTPAdapter.send = _capturing_send

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def text(body):
    if body is None:
        return None
    if isinstance(body, bytes):
        return body.decode('utf-8')
    return body


def check(condition, message):
    if not condition:
        raise AssertionError(message)


# A product SDK is named after its product and its API version, e.g. alibabacloud-ecs20140526 (AliGenie's: a
# version such as ip_1.0 spelled -1-0, alibabacloud-aligenieip-1-0).
_PRODUCT_SDK = re.compile(r'^alibabacloud[-_][a-z][a-z-]*([0-9]{8}|-[0-9]+-[0-9]+)$')


def package_versions(products):
    """The installed version of each package pinned in requirements.txt. Stops if one differs from its pin.

    `products` names the product SDKs that the calling recorder drives. The other product SDKs pinned
    there are checked but left out of the result. So pinning a product for one recorder does not
    change another recorder's output."""
    here = os.path.dirname(os.path.abspath(__file__))
    versions = {}
    with open(os.path.join(here, 'requirements.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            name, pinned = line.split('==', 1)
            installed = importlib.metadata.version(name)
            if installed != pinned:
                raise SystemExit(f'{name} {installed} is installed but requirements.txt pins {pinned}')
            if _PRODUCT_SDK.match(name) and name not in products:
                continue
            versions[name] = installed
    missing = [name for name in products if name not in versions]
    if missing:
        raise SystemExit(f'requirements.txt does not pin {", ".join(missing)}')
    return versions
