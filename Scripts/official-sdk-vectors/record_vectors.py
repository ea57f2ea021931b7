#!/usr/bin/env python3
"""Record signing test vectors from Alibaba Cloud's official Python SDK for ECS.

Usage: python3 record_vectors.py OUTPUT.json

Drives alibabacloud_ecs20140526.client.Client.modify_image_attribute_with_options
(the SDK pinned in requirements.txt) with a fixed timestamp, nonce and user agent,
for V3 (ACS3-HMAC-SHA256, the default) and V1 (HMAC-SHA1, selected with
Config(signature_algorithm='v2')) signing, with and without an STS token.

Nothing is sent anywhere: requests' HTTPAdapter.send is replaced by a function
that records the prepared request and aborts the call, and every socket connect
is refused as a safety net. The intermediate signing values (canonical request,
string to sign, signature, ...) are taken from the SDK's own functions by
wrapping them, not recomputed here. See README.md beside this file.
"""

import copy
import hashlib
import importlib.metadata
import json
import os
import socket
import sys
from urllib.parse import parse_qsl, urlsplit

# --------------------------------------------------------------------------
# Safety net: no network at all. Installed before the SDK is imported.
# --------------------------------------------------------------------------


def _refuse_network(*args, **kwargs):
    raise RuntimeError(f'record_vectors.py: network access attempted {args!r}')


socket.socket.connect = _refuse_network
socket.socket.connect_ex = _refuse_network
socket.create_connection = _refuse_network
socket.getaddrinfo = _refuse_network

import requests.adapters  # noqa: E402

from alibabacloud_captcha20230305 import models as captcha_models  # noqa: E402
from alibabacloud_captcha20230305.client import Client as CaptchaClient  # noqa: E402
from alibabacloud_ecs20140526 import models as ecs_models  # noqa: E402
from alibabacloud_ecs20140526.client import Client as EcsClient  # noqa: E402
from alibabacloud_tea_openapi import client as openapi_client  # noqa: E402
from alibabacloud_tea_openapi import utils as openapi_utils  # noqa: E402
from alibabacloud_tea_openapi.models import Config  # noqa: E402
from alibabacloud_tea_openapi.utils import Utils  # noqa: E402
from darabonba.core import DaraCore  # noqa: E402
from darabonba.runtime import RuntimeOptions  # noqa: E402

# --------------------------------------------------------------------------
# Fixed inputs
# --------------------------------------------------------------------------

ACCESS_KEY_ID = 'LTAI5tTestAccessKeyId'
ACCESS_KEY_SECRET = 'TestAccessKeySecret0123456789abcdef'
SECURITY_TOKEN = 'CAIS+TestSecurityToken/with=chars'
TIMESTAMP = '2026-11-29T12:00:00Z'
# Only used by the SDK's ROA paths (the 'date' header); patched so nothing reads the clock.
DATE_UTCSTRING = 'Sun, 29 Nov 2026 12:00:00 GMT'
NONCE = '3f1c8e2a-5b7d-4e90-9a61-0d2c4b8e7f15'
NONCE_2 = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d'
USER_AGENT = 'AlibabaCloud-Conformance/1.0'
REGION_ID = 'cn-hangzhou'
ENDPOINT = 'ecs-cn-hangzhou.aliyuncs.com'
CAPTCHA_ENDPOINT = 'captcha.cn-shanghai.aliyuncs.com'

SPECIAL_CHARS = "+ * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ]"

REQUEST_VARIANTS = [
    # (name, request kwargs, nonce)
    ('all-parameters', lambda: ecs_models.ModifyImageAttributeRequest(
        region_id=REGION_ID,
        image_id='m-bp1conformance0000001',
        image_name='conformance-image-01',
        status='Available',
        image_family='conformance-family',
        boot_mode='UEFI',
        license_type='BYOL',
        description='Conformance test image',
        features=ecs_models.ModifyImageAttributeRequestFeatures(
            nvme_support='supported',
            imds_support='v2',
        ),
        dry_run=True,
    ), NONCE),
    ('required-only', lambda: ecs_models.ModifyImageAttributeRequest(
        region_id=REGION_ID,
        image_id='m-bp1conformance0000002',
    ), NONCE),
    ('special-characters', lambda: ecs_models.ModifyImageAttributeRequest(
        region_id=REGION_ID,
        image_id='m-bp1conformance0000003',
        image_name='name with space ' + SPECIAL_CHARS,
        description='description with space ' + SPECIAL_CHARS,
    ), NONCE),
    ('unicode', lambda: ecs_models.ModifyImageAttributeRequest(
        region_id=REGION_ID,
        image_id='m-bp1conformance0000004',
        image_name='镜像-é',
        description='中文描述：测试镜像 café é',
    ), NONCE),
    ('required-only-second-nonce', lambda: ecs_models.ModifyImageAttributeRequest(
        region_id=REGION_ID,
        image_id='m-bp1conformance0000002',
    ), NONCE_2),
]

# An RPC API whose parameters are `in: formData`: the SDK sends them as a form body (captcha 2023-03-05).
FORM_VARIANTS = [
    ('form-body', lambda: captcha_models.VerifyIntelligentCaptchaRequest(
        captcha_verify_param='{"sceneId":"xxxxxx","certifyId":"xxxxxx","deviceToken":"xxxxxxx==","data":"x y"}',
        scene_id='scene ' + SPECIAL_CHARS + ' 中文',
    ), NONCE),
]

SIGNATURE_VERSIONS = ['v3', 'v1']
SECURITY_TOKENS = [None, SECURITY_TOKEN]

# --------------------------------------------------------------------------
# Patches and wrappers
# --------------------------------------------------------------------------


class Captured(BaseException):
    """Raised from the transport to stop the SDK once the request is recorded.

    A BaseException so the SDK's `except Exception` retry handling never sees it."""


class Trace:
    def __init__(self, nonce):
        self.nonce = nonce
        self.calls = []          # names of patched SDK functions, in call order
        self.parameters = None   # OpenApiRequest.query handed to call_api
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


def _record(name):
    if TRACE is not None:
        TRACE.calls.append(name)


# Timestamp, nonce, date and user agent: static methods of
# alibabacloud_tea_openapi.utils.Utils, which the client calls as Utils.xxx().
def _fixed_timestamp():
    _record('Utils.get_timestamp')
    return TIMESTAMP


def _fixed_nonce():
    _record('Utils.get_nonce')
    return TRACE.nonce


def _fixed_date_utcstring():
    _record('Utils.get_date_utcstring')
    return DATE_UTCSTRING


def _fixed_user_agent(user_agent):
    # The real function returns 'AlibabaCloud (<OS>; <arch>) Python/<ver> Core/<tea ver> TeaDSL/2 '
    # + config.user_agent, which depends on the machine; the vectors use the bare value.
    _record('Utils.get_user_agent')
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
    _record('Utils.get_authorization')
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
    _record('Utils.get_rpcsignature')
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

# What the generated ECS client hands to the generic OpenAPI client.
_orig_call_api = openapi_client.Client.call_api


def _wrapped_call_api(self, params, request, runtime):
    _record('Client.call_api')
    TRACE.params = params.to_map()
    TRACE.parameters = copy.deepcopy(request.query)
    TRACE.body_parameters = copy.deepcopy(request.body) if isinstance(request.body, dict) else {}
    return _orig_call_api(self, params, request, runtime)


openapi_client.Client.call_api = _wrapped_call_api

# The request the SDK hands to its HTTP core, and the prepared request that the
# core hands to the transport. The transport raises instead of connecting.
_orig_do_action = DaraCore.do_action


def _wrapped_do_action(request, runtime_option=None):
    _record('DaraCore.do_action')
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
    _record('HTTPAdapter.send')
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
# Running the cases
# --------------------------------------------------------------------------


def _text(body):
    if body is None:
        return None
    if isinstance(body, bytes):
        return body.decode('utf-8')
    return body


def _check(condition, message):
    if not condition:
        raise AssertionError(message)


def run_case(variant_name, make_request, nonce, signature_version, security_token, product='ecs'):
    global TRACE
    TRACE = Trace(nonce)
    endpoint = CAPTCHA_ENDPOINT if product == 'captcha' else ENDPOINT
    config = Config(
        access_key_id=ACCESS_KEY_ID,
        access_key_secret=ACCESS_KEY_SECRET,
        security_token=security_token,
        region_id=REGION_ID,
        endpoint=endpoint,
        protocol='https',
        user_agent=USER_AGENT,
    )
    if signature_version == 'v1':
        # Client.call_api: signature_algorithm == 'v2' routes RPC APIs to do_rpcrequest
        # (HMAC-SHA1, SignatureVersion 1.0); anything else goes to do_request (ACS3).
        config.signature_algorithm = 'v2'
    try:
        if product == 'captcha':
            CaptchaClient(config).verify_intelligent_captcha_with_options(make_request(), RuntimeOptions())
        else:
            EcsClient(config).modify_image_attribute_with_options(make_request(), RuntimeOptions())
    except Captured:
        pass
    else:
        raise AssertionError('the SDK returned without reaching the transport')
    trace = TRACE
    TRACE = None

    _check(trace.calls.count('HTTPAdapter.send') == 1, f'{variant_name}: sent {trace.calls}')
    _check(trace.calls.count('Utils.get_timestamp') == 1, f'{variant_name}: {trace.calls}')
    _check(trace.calls.count('Utils.get_nonce') == 1, f'{variant_name}: {trace.calls}')
    _check('Utils.get_date_utcstring' not in trace.calls, f'{variant_name}: {trace.calls}')

    prepared = trace.prepared
    dara = trace.dara_request
    url = urlsplit(prepared['url'])
    _check(url.scheme == 'https' and url.netloc == endpoint, prepared['url'])
    raw_query = url.query
    query = dict(parse_qsl(raw_query, keep_blank_values=True))
    _check(query == {k: str(v) for k, v in dara['query'].items() if v is not None},
           f'{variant_name}: URL query differs from the SDK request query')

    prefix = 'captcha-' if product == 'captcha' else ''
    name = f'{signature_version}-{"sts" if security_token else "ak"}-{prefix}{variant_name}'
    case = {
        'name': name,
        'signatureVersion': signature_version,
        'securityToken': security_token,
        'timestamp': TIMESTAMP,
        'nonce': nonce,
        'userAgent': USER_AGENT,
        'accessKeyId': ACCESS_KEY_ID,
        'accessKeySecret': ACCESS_KEY_SECRET,
        'action': trace.params['action'],
        'version': trace.params['version'],
        'endpoint': endpoint,
        'parameters': trace.parameters or {},
        'bodyParameters': {k: str(v) for k, v in trace.body_parameters.items()},
        'request': {
            'method': prepared['method'],
            'path': url.path,
            'url': prepared['url'],
            'rawQuery': raw_query,
            'query': dara['query'],
            'headers': prepared['headers'],
            'sdkHeaders': dara['headers'],
            'body': _text(prepared['body']),
        },
    }

    if signature_version == 'v3':
        auth = trace.authorization
        _check(auth is not None, f'{name}: get_authorization not called')
        _check('Utils.get_rpcsignature' not in trace.calls, name)
        signature = trace.signature_bytes.hex()
        _check(trace.string_to_sign == 'ACS3-HMAC-SHA256\n'
               + hashlib.sha256(trace.canonical_request.encode('utf-8')).hexdigest(), name)
        _check(auth['result'] == f'ACS3-HMAC-SHA256 Credential={ACCESS_KEY_ID},'
               f'SignedHeaders={trace.signed_headers},Signature={signature}', name)
        _check(prepared['headers'].get('Authorization') == auth['result'], name)
        _check(prepared['headers'].get('x-acs-content-sha256') == auth['payload'], name)
        case.update({
            'signatureAlgorithm': auth['signType'],
            'canonicalQueryString': trace.canonical_query,
            'canonicalHeaders': trace.canonical_headers,
            'signedHeaders': trace.signed_headers,
            'hashedPayload': auth['payload'],
            'canonicalRequest': trace.canonical_request,
            'stringToSign': trace.string_to_sign,
            'signature': signature,
            'authorization': auth['result'],
        })
    else:
        _check(trace.authorization is None, f'{name}: get_authorization called')
        _check(trace.rpc_hmac_key == ACCESS_KEY_SECRET + '&', name)
        _check(dara['query'].get('Signature') == trace.rpc_signature, name)
        case.update({
            'signatureMethod': dara['query'].get('SignatureMethod'),
            'signedParameters': trace.rpc_signed_params,
            'canonicalizedQueryString': trace.rpc_canonicalized_query,
            'stringToSign': trace.rpc_string_to_sign,
            'signature': trace.rpc_signature,
        })
    return case


def package_versions():
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
            versions[name] = installed
    return versions


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: python3 record_vectors.py OUTPUT.json\n')
        return 2
    cases = []
    for variant_name, make_request, nonce in REQUEST_VARIANTS:
        for signature_version in SIGNATURE_VERSIONS:
            for security_token in SECURITY_TOKENS:
                if nonce != NONCE and security_token is not None:
                    continue
                cases.append(run_case(variant_name, make_request, nonce,
                                      signature_version, security_token))
    for variant_name, make_request, nonce in FORM_VARIANTS:
        for signature_version in SIGNATURE_VERSIONS:
            cases.append(run_case(variant_name, make_request, nonce, signature_version, None, product='captcha'))
    output = {
        'sdk': {
            'client': 'alibabacloud_ecs20140526.client.Client.modify_image_attribute_with_options; '
                      'alibabacloud_captcha20230305.client.Client.verify_intelligent_captcha_with_options '
                      '(formData parameters, a form body)',
            'packageVersions': package_versions(),
            'patched': [
                'alibabacloud_tea_openapi.utils.Utils.get_timestamp -> fixed timestamp',
                'alibabacloud_tea_openapi.utils.Utils.get_nonce -> fixed nonce',
                'alibabacloud_tea_openapi.utils.Utils.get_date_utcstring -> fixed date (ROA only, unused)',
                'alibabacloud_tea_openapi.utils.Utils.get_user_agent -> fixed user agent '
                '(unpatched it prefixes a platform-dependent default agent)',
                'requests.adapters.HTTPAdapter.send -> records the prepared request, sends nothing',
            ],
            'wrapped (recorded, behaviour unchanged)': [
                'alibabacloud_tea_openapi.client.Client.call_api',
                'darabonba.core.DaraCore.do_action',
                'alibabacloud_tea_openapi.utils.Utils.get_authorization',
                'alibabacloud_tea_openapi.utils.get_canonical_query_string',
                'alibabacloud_tea_openapi.utils.get_canonicalized_headers',
                'alibabacloud_tea_openapi.utils.Utils.hash',
                'alibabacloud_tea_openapi.utils.signature_method',
                'alibabacloud_tea_openapi.utils.Utils.get_rpcsignature',
                'alibabacloud_tea_openapi.utils.quote_plus',
                'alibabacloud_tea_openapi.utils.hmac.new',
            ],
        },
        'cases': cases,
    }
    text = json.dumps(output, sort_keys=True, indent=2, ensure_ascii=False) + '\n'
    with open(argv[1], 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print(f'wrote {len(cases)} cases to {argv[1]}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
