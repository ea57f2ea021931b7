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
wrapping them, not recomputed here. The patches and wrappers are in sdk_capture.py,
which record_roa_vectors.py shares. See README.md beside this file.
"""

import base64
import hashlib
import json
import sys
from urllib.parse import parse_qsl, urlsplit

# sdk_capture sits beside this script; importing it must not leave a __pycache__ in the repository.
sys.dont_write_bytecode = True
# First: it refuses the network and patches the SDK before any product SDK is imported.
import sdk_capture  # noqa: E402
from sdk_capture import (ACCESS_KEY_ID, ACCESS_KEY_SECRET, NONCE, SECURITY_TOKEN, SPECIAL_CHARS,
                         TIMESTAMP, USER_AGENT, Captured, Trace, check as _check, text as _text)

from alibabacloud_arms20190808 import models as arms_models  # noqa: E402
from alibabacloud_arms20190808.client import Client as ArmsClient  # noqa: E402
from alibabacloud_captcha20230305 import models as captcha_models  # noqa: E402
from alibabacloud_captcha20230305.client import Client as CaptchaClient  # noqa: E402
from alibabacloud_ecs20140526 import models as ecs_models  # noqa: E402
from alibabacloud_ecs20140526.client import Client as EcsClient  # noqa: E402
from alibabacloud_ocr_api20210707 import models as ocr_models  # noqa: E402
from alibabacloud_ocr_api20210707.client import Client as OcrClient  # noqa: E402
from alibabacloud_tea_openapi.models import Config  # noqa: E402
from darabonba.runtime import RuntimeOptions  # noqa: E402

# --------------------------------------------------------------------------
# Fixed inputs (the credentials, timestamp, nonce and user agent are in sdk_capture)
# --------------------------------------------------------------------------

NONCE_2 = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d'
REGION_ID = 'cn-hangzhou'
ENDPOINT = 'ecs-cn-hangzhou.aliyuncs.com'
CAPTCHA_ENDPOINT = 'captcha.cn-shanghai.aliyuncs.com'
OCR_ENDPOINT = 'ocr-api.cn-hangzhou.aliyuncs.com'
ARMS_ENDPOINT = 'arms.cn-hangzhou.aliyuncs.com'
# An image's first bytes, as OCR's RecognizeGeneral takes a picture: the body, sent raw and signed.
IMAGE = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b'JFIF\x00' + bytes(range(256))

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

# Products whose metadata says style V3 and whose SDKs call them as RPC (signed with ACS3 by default): OCR with a
# binary body and a query parameter, ARMS with a list of objects and integers. V3 only: the metadata's
# style is V3, and the generator signs them so.
V3_VARIANTS = [
    # (name, endpoint, call on a Config)
    ('ocr-recognize-general', OCR_ENDPOINT, lambda config: OcrClient(config).recognize_general_with_options(
        ocr_models.RecognizeGeneralRequest(url='https://example.com/a b.jpg', body=IMAGE), RuntimeOptions())),
    ('arms-list-trace-apps', ARMS_ENDPOINT, lambda config: ArmsClient(config).list_trace_apps_with_options(
        arms_models.ListTraceAppsRequest(
            region_id=REGION_ID, app_type='TRACE',
            tags=[arms_models.ListTraceAppsRequestTags(key='env', value='prod 中文'),
                  arms_models.ListTraceAppsRequestTags(key='team', value='a+b')]),
        RuntimeOptions())),
    ('arms-search-traces', ARMS_ENDPOINT, lambda config: ArmsClient(config).search_traces_with_options(
        arms_models.SearchTracesRequest(
            # No boolean: Python's SDK writes one as str(True), `True`; this project, as the Go and Java SDKs, `true`.
            start_time=1700000000000, end_time=1700003600000, region_id=REGION_ID, min_duration=250,
            service_name='checkout ' + SPECIAL_CHARS),
        RuntimeOptions())),
]

# The product SDKs this script drives; sdk.packageVersions leaves out the other recorders' products.
PRODUCT_SDKS = ['alibabacloud-ecs20140526', 'alibabacloud-captcha20230305', 'alibabacloud-ocr-api20210707',
                'alibabacloud-arms20190808']

SIGNATURE_VERSIONS = ['v3', 'v1']
SECURITY_TOKENS = [None, SECURITY_TOKEN]

# --------------------------------------------------------------------------
# Running the cases
# --------------------------------------------------------------------------


def _is_binary(body):
    """Whether a prepared body is bytes that are not UTF-8 text."""
    if not isinstance(body, bytes):
        return False
    try:
        body.decode('utf-8')
        return False
    except UnicodeDecodeError:
        return True


def run_case(variant_name, make_request, nonce, signature_version, security_token, product='ecs', call=None,
             endpoint=None):
    sdk_capture.begin(Trace(nonce))
    endpoint = endpoint or (CAPTCHA_ENDPOINT if product == 'captcha' else ENDPOINT)
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
        if call is not None:
            call(config)
        elif product == 'captcha':
            CaptchaClient(config).verify_intelligent_captcha_with_options(make_request(), RuntimeOptions())
        else:
            EcsClient(config).modify_image_attribute_with_options(make_request(), RuntimeOptions())
    except Captured:
        pass
    else:
        raise AssertionError('the SDK returned without reaching the transport')
    trace = sdk_capture.end()

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
            'body': _text(prepared['body']) if not _is_binary(prepared['body']) else None,
        },
    }

    if _is_binary(prepared['body']):
        # A raw body that is not text (OCR's image): its bytes, base64.
        case['request']['bodyBase64'] = base64.b64encode(prepared['body']).decode('ascii')

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
    for variant_name, endpoint, call in V3_VARIANTS:
        for security_token in SECURITY_TOKENS:
            cases.append(run_case(variant_name, None, NONCE, 'v3', security_token, call=call, endpoint=endpoint))
    output = {
        'sdk': {
            'client': 'alibabacloud_ecs20140526.client.Client.modify_image_attribute_with_options; '
                      'alibabacloud_captcha20230305.client.Client.verify_intelligent_captcha_with_options '
                      '(formData parameters, a form body); alibabacloud_ocr_api20210707 recognize_general_with_options '
                      '(a binary body) and alibabacloud_arms20190808 list_trace_apps and search_traces (style V3, '
                      'called as RPC)',
            'packageVersions': sdk_capture.package_versions(PRODUCT_SDKS),
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
