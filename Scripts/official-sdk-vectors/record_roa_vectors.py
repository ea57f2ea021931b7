#!/usr/bin/env python3
"""Record ROA signing test vectors from Alibaba Cloud's official Python SDKs.

Usage: python3 record_roa_vectors.py OUTPUT.json

Drives these clients, pinned in requirements.txt:
- alibabacloud_cs20151215, Container Service: DescribeClusterDetail, DeleteCluster,
  AttachInstances and DescribeClustersV1.
- alibabacloud_ververica20220718: CreateVariable. It has a documented header
  parameter, `workspace`. CS has none.

They run with a fixed timestamp, date, nonce and user agent, for V3 (ACS3-HMAC-SHA256,
the default) and for ROA V2. ROA V2 is selected with Config(signature_algorithm='v2');
Client.call_api then sends ROA APIs with a JSON body type to do_roarequest, which
signs `acs AK:signature` with HMAC-SHA1. Each case runs with and without an STS token.

The patches, the wrappers and the refusal of all network access are in sdk_capture.py,
which record_vectors.py shares. This script adds wrappers for the ROA signing functions
(Utils.get_string_to_sign, Utils.get_roasignature), for DaraCore.to_json_string and for
DaraURL.percent_encode. Every recorded value comes from the SDK's own code. See README.md
beside this file.
"""

import base64
import copy
import hashlib
import json
import sys
from urllib.parse import parse_qsl, urlsplit

# sdk_capture sits beside this script; importing it must not leave a __pycache__ in the repository.
sys.dont_write_bytecode = True
# First: it refuses the network and patches the SDK before any product SDK is imported.
import sdk_capture  # noqa: E402
from sdk_capture import (ACCESS_KEY_ID, ACCESS_KEY_SECRET, DATE_UTCSTRING, NONCE, SECURITY_TOKEN,
                         SPECIAL_CHARS, TIMESTAMP, USER_AGENT, Captured, Trace, check, record, text)

from alibabacloud_cs20151215 import models as cs_models  # noqa: E402
from alibabacloud_cs20151215.client import Client as CsClient  # noqa: E402
from alibabacloud_fc_open20210406 import models as fc_open_models  # noqa: E402
from alibabacloud_fc_open20210406.client import Client as FcOpenClient  # noqa: E402
from alibabacloud_fc20230330 import models as fc_models  # noqa: E402
from alibabacloud_openapi_util.client import Client as OpenApiUtilClient  # noqa: E402
from alibabacloud_fc20230330.client import Client as FcClient  # noqa: E402
from alibabacloud_cloudcontrol20220830 import models as cloudcontrol_models  # noqa: E402
from alibabacloud_cloudcontrol20220830.client import Client as CloudControlClient  # noqa: E402
from alibabacloud_tea_openapi.models import Config  # noqa: E402
from alibabacloud_tea_openapi.utils import Utils  # noqa: E402
from alibabacloud_ververica20220718 import models as ververica_models  # noqa: E402
from alibabacloud_ververica20220718.client import Client as VervericaClient  # noqa: E402
from darabonba.core import DaraCore  # noqa: E402
from darabonba.runtime import RuntimeOptions  # noqa: E402
from darabonba.url import Url as DaraURL  # noqa: E402

# --------------------------------------------------------------------------
# Fixed inputs (the credentials, timestamp, date, nonce and user agent are in sdk_capture)
# --------------------------------------------------------------------------

REGION_ID = 'cn-hangzhou'
CS_ENDPOINT = 'cs.cn-hangzhou.aliyuncs.com'
VERVERICA_ENDPOINT = 'ververica.cn-hangzhou.aliyuncs.com'
CLOUDCONTROL_ENDPOINT = 'cloudcontrol.aliyuncs.com'
FC_ENDPOINT = 'fcv3.cn-hangzhou.aliyuncs.com'
# Function Compute 2021's endpoint carries the account id (its metadata's host parameter, which its SDK never sends).
FC_OPEN_ENDPOINT = '1234567890123456.cn-hangzhou.fc.aliyuncs.com'
# What a function is invoked with: bytes that are not text.
EVENT = bytes([0x00, 0xFF, 0xFE, 0x80]) + 'événement'.encode('utf-8')
# Cloud Control's resource paths: the whole path is the `requestPath` parameter (the metadata's path ends in `*`).
RESOURCE_PATH = '/api/v1/providers/Aliyun/products/ECS/resources/ACS::ECS::Instance'

CLUSTER_ID = 'c82e6987e2961451182edacd74faf'
# A cluster id whose path segment needs percent-encoding: '/', space, non-ASCII, '+', '*' and '~'.
CLUSTER_ID_SPECIAL = 'c82e6987e2961451182edacd74faf/ ü+*~'

# The product SDKs this script drives; sdk.packageVersions leaves out the other recorders' products.
PRODUCT_SDKS = ['alibabacloud-cs20151215', 'alibabacloud-ververica20220718', 'alibabacloud-cloudcontrol20220830',
                'alibabacloud-fc20230330', 'alibabacloud_fc-open20210406']


class Variant:
    def __init__(self, name, product, endpoint, path_template, path_parameters, call):
        self.name = name
        self.product = product
        self.endpoint = endpoint
        self.path_template = path_template      # the API's path, as the metadata spells it
        self.path_parameters = path_parameters  # wire name -> the value given to the SDK
        self.call = call                        # Config -> calls the generated client


def _cs(config):
    return CsClient(config)


VARIANTS = [
    Variant('cs-describe-cluster-detail', 'cs', CS_ENDPOINT, '/clusters/{ClusterId}',
            {'ClusterId': CLUSTER_ID_SPECIAL},
            lambda config: _cs(config).describe_cluster_detail_with_options(
                CLUSTER_ID_SPECIAL, {}, RuntimeOptions())),
    Variant('cs-describe-cluster-detail-plain-id', 'cs', CS_ENDPOINT, '/clusters/{ClusterId}',
            {'ClusterId': CLUSTER_ID},
            lambda config: _cs(config).describe_cluster_detail_with_options(
                CLUSTER_ID, {}, RuntimeOptions())),
    Variant('cs-delete-cluster', 'cs', CS_ENDPOINT, '/clusters/{ClusterId}',
            {'ClusterId': CLUSTER_ID},
            lambda config: _cs(config).delete_cluster_with_options(
                CLUSTER_ID,
                cs_models.DeleteClusterRequest(
                    retain_all_resources=False,
                    keep_slb=True,
                    retain_resources=['sg-1', 'lb 2'],
                    delete_options=[
                        cs_models.DeleteClusterRequestDeleteOptions(
                            delete_mode='retain', resource_type='SLS_Data'),
                        cs_models.DeleteClusterRequestDeleteOptions(
                            delete_mode='delete', resource_type='ALB'),
                    ],
                ),
                {}, RuntimeOptions())),
    Variant('cs-attach-instances', 'cs', CS_ENDPOINT, '/clusters/{ClusterId}/attach',
            {'ClusterId': CLUSTER_ID},
            lambda config: _cs(config).attach_instances_with_options(
                CLUSTER_ID,
                cs_models.AttachInstancesRequest(
                    instances=['i-bp1conformance0000001', 'i-bp1conformance0000002'],
                    password='Pass word ' + SPECIAL_CHARS,
                    tags=[
                        cs_models.Tag(key='env', value='中文 é'),
                        cs_models.Tag(key='team', value='a+b'),
                    ],
                    user_data='IyEvYmluL3NoCmVjaG8gImhlbGxvIgo=',
                    format_disk=True,
                    keep_instance_name=False,
                    cpu_policy='static',
                    runtime=cs_models.Runtime(name='containerd', version='1.6.20'),
                ),
                {}, RuntimeOptions())),
    Variant('cs-describe-clusters-v1', 'cs', CS_ENDPOINT, '/api/v1/clusters', {},
            lambda config: _cs(config).describe_clusters_v1with_options(
                cs_models.DescribeClustersV1Request(
                    name='my cluster 中文+*~/',
                    cluster_type='ManagedKubernetes',
                    page_size=10,
                    page_number=1,
                ),
                {}, RuntimeOptions())),
    Variant('ververica-create-variable', 'ververica', VERVERICA_ENDPOINT,
            '/api/v2/namespaces/{namespace}/variables', {'namespace': 'default-namespace'},
            lambda config: VervericaClient(config).create_variable_with_options(
                'default-namespace',
                ververica_models.CreateVariableRequest(
                    body=ververica_models.Variable(
                        kind='Plain',
                        name='mysqlPassword',
                        value='p@ss word ' + SPECIAL_CHARS,
                        description='测试变量 é',
                    ),
                ),
                ververica_models.CreateVariableHeaders(workspace='a14bda1c4a0000'),
                RuntimeOptions())),
]

# Cloud Control (metadata style V3, ROA in its SDK): a path that is a parameter whole ({+requestPath}), a JSON query
# value, a JSON body, and an ordinary path parameter.
VARIANTS += [
    Variant('cloudcontrol-get-resources', 'cloudcontrol', CLOUDCONTROL_ENDPOINT, '{+requestPath}',
            {'requestPath': RESOURCE_PATH},
            lambda config: CloudControlClient(config).get_resources_with_options(
                RESOURCE_PATH,
                cloudcontrol_models.GetResourcesRequest(
                    filter={'InstanceName': 'web 中文+*~'}, max_results=10, region_id='cn-hangzhou'),
                {}, RuntimeOptions())),
    Variant('cloudcontrol-create-resource', 'cloudcontrol', CLOUDCONTROL_ENDPOINT, '{+requestPath}',
            {'requestPath': RESOURCE_PATH},
            lambda config: CloudControlClient(config).create_resource_with_options(
                RESOURCE_PATH,
                cloudcontrol_models.CreateResourceRequest(
                    # A free-form object: a Swift dictionary has no order, and is written with its keys sorted.
                    body={'InstanceName': 'web ' + SPECIAL_CHARS, 'InstanceType': 'ecs.g7.large'},
                    client_token='token-1', region_id='cn-hangzhou'),
                {}, RuntimeOptions())),
    Variant('cloudcontrol-get-task', 'cloudcontrol', CLOUDCONTROL_ENDPOINT, '/api/v1/tasks/{taskId}',
            {'taskId': 'task-1 /ü'},
            lambda config: CloudControlClient(config).get_task_with_options('task-1 /ü', {}, RuntimeOptions())),
]

# Function Compute 3.0 (metadata style FC, ROA in its SDK): a raw body and x-fc-* headers, and a JSON answer.
VARIANTS += [
    Variant('fc-invoke-function', 'fc', FC_ENDPOINT, '/2023-03-30/functions/{functionName}/invocations',
            {'functionName': 'resize image'},
            lambda config: FcClient(config).invoke_function_with_options(
                'resize image', fc_models.InvokeFunctionRequest(qualifier='LATEST', body=EVENT),
                fc_models.InvokeFunctionHeaders(x_fc_invocation_type='Async', x_fc_log_type='Tail'),
                RuntimeOptions())),
    Variant('fc-get-function', 'fc', FC_ENDPOINT, '/2023-03-30/functions/{functionName}',
            {'functionName': 'resize image'},
            lambda config: FcClient(config).get_function_with_options(
                'resize image', fc_models.GetFunctionRequest(qualifier='LATEST'), {}, RuntimeOptions())),
]

# Function Compute 2021 (metadata style FC, ROA in its older-generation SDK, which encodes path segments with
# OpenApiUtilClient.get_encode_param and sends its x-fc-* headers through UtilClient.to_jsonstring). Not its
# InvokeFunction: that SDK sends the bytes as a plain body without a Content-Type, where this client (and Function
# Compute 3.0's SDK) sends `application/octet-stream`, which is signed; the two are not the same bytes.
VARIANTS += [
    Variant('fc-open-get-function', 'fc-open', FC_OPEN_ENDPOINT,
            '/2021-04-06/services/{serviceName}/functions/{functionName}',
            {'serviceName': 'image service', 'functionName': 'resize'},
            lambda config: FcOpenClient(config).get_function_with_options(
                'image service', 'resize', fc_open_models.GetFunctionRequest(qualifier='LATEST'),
                fc_open_models.GetFunctionHeaders(x_fc_trace_id='trace-1'), RuntimeOptions())),
]

SIGNATURE_VERSIONS = ['v3', 'roa-v2']
SECURITY_TOKENS = [None, SECURITY_TOKEN]

# --------------------------------------------------------------------------
# Wrappers for the ROA paths, on top of sdk_capture's
# --------------------------------------------------------------------------


class RoaTrace(Trace):
    def __init__(self, nonce):
        super().__init__(nonce)
        self.percent_encode_calls = []   # DaraURL.percent_encode: [{'input', 'output'}]
        self.to_json_string_calls = []   # DaraCore.to_json_string: [{'input', 'output', 'isBody'}]
        self.roa_string_to_sign = None   # the result of Utils.get_string_to_sign
        self.roa_signature_input = None  # the arguments of Utils.get_roasignature
        self.roa_signature = None        # its result


# Generated clients build the path with DaraURL.percent_encode(value) and the JSON-style
# query values with Utils.array_to_string_with_specified_style -> DaraCore.to_json_string.
# do_request and do_roarequest serialise a JSON body with DaraCore.to_json_string.
_orig_percent_encode = DaraURL.percent_encode
_orig_to_json_string = DaraCore.to_json_string
_orig_get_string_to_sign = Utils.get_string_to_sign
_orig_get_roasignature = Utils.get_roasignature


def _recording_path_encoder(name, original):
    """A path-segment encoder that records each call as `name`: DaraURL.percent_encode, and the older-generation
    SDKs' OpenApiUtilClient.get_encode_param."""
    def wrapped(value):
        result = original(value)
        trace = sdk_capture.TRACE
        if trace is not None:
            record(name)
            trace.percent_encode_calls.append({'input': value, 'output': result})
        return result
    return wrapped


def _wrapped_to_json_string(val):
    result = _orig_to_json_string(val)
    trace = sdk_capture.TRACE
    if trace is not None:
        record('DaraCore.to_json_string')
        trace.to_json_string_calls.append({
            'input': copy.deepcopy(val),
            'output': result,
            'isBody': val is not None and val is trace.openapi_body_object,
        })
    return result


def _wrapped_get_string_to_sign(request):
    record('Utils.get_string_to_sign')
    result = _orig_get_string_to_sign(request)
    sdk_capture.TRACE.roa_string_to_sign = result
    return result


def _wrapped_get_roasignature(string_to_sign, secret):
    record('Utils.get_roasignature')
    result = _orig_get_roasignature(string_to_sign, secret)
    sdk_capture.TRACE.roa_signature_input = {'stringToSign': string_to_sign, 'secret': secret}
    sdk_capture.TRACE.roa_signature = result
    return result


DaraURL.percent_encode = staticmethod(_recording_path_encoder('DaraURL.percent_encode', _orig_percent_encode))
OpenApiUtilClient.get_encode_param = staticmethod(
    _recording_path_encoder('OpenApiUtilClient.get_encode_param', OpenApiUtilClient.get_encode_param))
DaraCore.to_json_string = staticmethod(_wrapped_to_json_string)
Utils.get_string_to_sign = staticmethod(_wrapped_get_string_to_sign)
Utils.get_roasignature = staticmethod(_wrapped_get_roasignature)

# --------------------------------------------------------------------------
# Running the cases
# --------------------------------------------------------------------------


class _JsonObject(list):
    """A parsed JSON object: its (key, value) pairs in the order of the text."""


def _keys_sorted(value):
    """Whether every JSON object in `value` lists its keys in sorted order."""
    if isinstance(value, _JsonObject):
        keys = [k for k, _ in value]
        return keys == sorted(keys) and all(_keys_sorted(v) for _, v in value)
    if isinstance(value, list):
        return all(_keys_sorted(v) for v in value)
    return True


def _json_keys_sorted(json_text):
    return _keys_sorted(json.loads(json_text, object_pairs_hook=_JsonObject))


def run_case(variant, signature_version, security_token):
    sdk_capture.begin(RoaTrace(NONCE))
    config = Config(
        access_key_id=ACCESS_KEY_ID,
        access_key_secret=ACCESS_KEY_SECRET,
        security_token=security_token,
        region_id=REGION_ID,
        endpoint=variant.endpoint,
        protocol='https',
        user_agent=USER_AGENT,
    )
    if signature_version == 'roa-v2':
        # Client.call_api: signature_algorithm == 'v2' routes ROA APIs whose reqBodyType is json
        # to do_roarequest (acs AK:signature, HMAC-SHA1); anything else goes to do_request (ACS3).
        config.signature_algorithm = 'v2'
    try:
        variant.call(config)
    except Captured:
        pass
    else:
        raise AssertionError('the SDK returned without reaching the transport')
    trace = sdk_capture.end()

    name = f'{signature_version}-{"sts" if security_token else "ak"}-{variant.name}'
    calls = trace.calls
    check(calls.count('HTTPAdapter.send') == 1, f'{name}: sent {calls}')
    check(calls.count('Client.call_api') == 1, f'{name}: {calls}')
    check(calls.count('Utils.get_nonce') == 1, f'{name}: {calls}')
    check('Utils.get_rpcsignature' not in calls, f'{name}: {calls}')

    params = trace.params
    check(params['style'] == 'ROA' and params['reqBodyType'] in ('json', 'byte'), f'{name}: {params}')

    # The path: each path parameter went through DaraURL.percent_encode once, into the template; a parameter that
    # is the path whole ({+requestPath}) is the pathname verbatim, encoded by nothing.
    encoded = [n for n in variant.path_parameters if '{' + n + '}' in variant.path_template]
    check([c['input'] for c in trace.percent_encode_calls] == [variant.path_parameters[n] for n in encoded],
          f'{name}: percent_encode calls {trace.percent_encode_calls}')
    pathname = variant.path_template
    for wire_name, call in zip(encoded, trace.percent_encode_calls):
        pathname = pathname.replace('{' + wire_name + '}', call['output'])
    for wire_name, value in variant.path_parameters.items():
        pathname = pathname.replace('{+' + wire_name + '}', value)
    check(params['pathname'] == pathname, f'{name}: {params["pathname"]} != {pathname}')

    prepared = trace.prepared
    dara = trace.dara_request
    url = urlsplit(prepared['url'])
    check(url.scheme == 'https' and url.netloc == variant.endpoint, prepared['url'])
    check(url.path == params['pathname'], f'{name}: the URL path {url.path} is not the SDK pathname')
    raw_query = url.query
    query = dict(parse_qsl(raw_query, keep_blank_values=True))
    check(query == {k: str(v) for k, v in dara['query'].items() if v is not None},
          f'{name}: URL query differs from the SDK request query')
    check(query == (trace.parameters or {}), f'{name}: URL query differs from the query given to call_api')

    # The body: the one to_json_string call on OpenApiRequest.body is what goes on the wire; a stream (Function
    # Compute's InvokeFunction) goes as its bytes, recorded base64.
    raw_body = trace.openapi_body if isinstance(trace.openapi_body, bytes) else None
    body_text = None if raw_body is not None else text(prepared['body'])
    body_calls = [c for c in trace.to_json_string_calls if c['isBody']]
    if raw_body is not None:
        check(body_calls == [] and prepared['body'] == raw_body, f'{name}: the stream is not the body sent')
        body_json = None
    elif trace.openapi_body is None:
        check(body_calls == [] and body_text is None, f'{name}: body {body_text!r}')
        body_json = None
    else:
        check(len(body_calls) == 1, f'{name}: to_json_string body calls {body_calls}')
        body_json = body_calls[0]['output']
        check(body_text == body_json, f'{name}: wire body differs from DaraCore.to_json_string')
    # The other to_json_string calls made the JSON-style query values (style: json).
    query_json_values = {}
    for c in trace.to_json_string_calls:
        if c['isBody']:
            continue
        keys = [k for k, v in (trace.parameters or {}).items() if v == c['output']]
        check(len(keys) == 1, f'{name}: to_json_string output {c["output"]!r} is not one query value')
        query_json_values[keys[0]] = c['input']
    keys_sorted = {}
    if body_json is not None:
        keys_sorted['body'] = _json_keys_sorted(body_json)
    for key in query_json_values:
        keys_sorted[key] = _json_keys_sorted(trace.parameters[key])

    case = {
        'name': name,
        'product': variant.product,
        'signatureVersion': signature_version,
        'securityToken': security_token,
        'timestamp': TIMESTAMP,
        'date': DATE_UTCSTRING,
        'nonce': NONCE,
        'userAgent': USER_AGENT,
        'accessKeyId': ACCESS_KEY_ID,
        'accessKeySecret': ACCESS_KEY_SECRET,
        'action': params['action'],
        'version': params['version'],
        'endpoint': variant.endpoint,
        'pathTemplate': variant.path_template,
        'pathParameters': variant.path_parameters,
        'percentEncoded': trace.percent_encode_calls,
        'query': trace.parameters or {},
        'queryJsonValues': query_json_values,
        'headers': trace.openapi_headers or {},
        'body': None if raw_body is not None else trace.openapi_body,
        'bodyToJsonString': body_json,
        'bodyText': body_text,
        'jsonKeysSorted': keys_sorted,
        'params': params,
        'request': {
            'method': prepared['method'],
            'path': url.path,
            'url': prepared['url'],
            'rawQuery': raw_query,
            'query': dara['query'],
            'headers': prepared['headers'],
            'sdkHeaders': dara['headers'],
            'body': body_text,
        },
    }
    if raw_body is not None:
        case['request']['bodyBase64'] = base64.b64encode(raw_body).decode('ascii')

    headers = prepared['headers']
    if signature_version == 'v3':
        auth = trace.authorization
        check(auth is not None, f'{name}: get_authorization not called')
        check(calls.count('Utils.get_timestamp') == 1, f'{name}: {calls}')
        check('Utils.get_date_utcstring' not in calls, f'{name}: {calls}')
        check('Utils.get_string_to_sign' not in calls and 'Utils.get_roasignature' not in calls,
              f'{name}: {calls}')
        signature = trace.signature_bytes.hex()
        check(trace.string_to_sign == 'ACS3-HMAC-SHA256\n'
              + hashlib.sha256(trace.canonical_request.encode('utf-8')).hexdigest(), name)
        check(trace.canonical_request.split('\n')[1] == params['pathname'], name)
        check(auth['result'] == f'ACS3-HMAC-SHA256 Credential={ACCESS_KEY_ID},'
              f'SignedHeaders={trace.signed_headers},Signature={signature}', name)
        check(headers.get('Authorization') == auth['result'], name)
        check(headers.get('x-acs-content-sha256') == auth['payload']
              == hashlib.sha256(raw_body if raw_body is not None else (body_text or '').encode('utf-8')).hexdigest(),
              name)
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
        check(trace.authorization is None, f'{name}: get_authorization called')
        check('Utils.get_timestamp' not in calls, f'{name}: {calls}')
        check(calls.count('Utils.get_date_utcstring') == 1, f'{name}: {calls}')
        check(calls.count('Utils.get_string_to_sign') == 1 and calls.count('Utils.get_roasignature') == 1,
              f'{name}: {calls}')
        check(trace.roa_signature_input == {'stringToSign': trace.roa_string_to_sign,
                                            'secret': ACCESS_KEY_SECRET}, name)
        authorization = f'acs {ACCESS_KEY_ID}:{trace.roa_signature}'
        check(headers.get('authorization') == authorization, name)
        check(headers.get('date') == DATE_UTCSTRING, name)
        case.update({
            'signatureMethod': headers.get('x-acs-signature-method'),
            'stringToSign': trace.roa_string_to_sign,
            'signature': trace.roa_signature,
            'authorization': headers.get('authorization'),
        })
    return case


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: python3 record_roa_vectors.py OUTPUT.json\n')
        return 2
    cases = []
    for variant in VARIANTS:
        for signature_version in SIGNATURE_VERSIONS:
            # The SDK's ROA V2 path (do_roarequest) reads a body as UTF-8 text and fails on bytes: V3 only for those.
            if signature_version == 'roa-v2' and variant.name == 'fc-invoke-function':
                continue
            for security_token in SECURITY_TOKENS:
                cases.append(run_case(variant, signature_version, security_token))
    output = {
        'sdk': {
            'client': 'alibabacloud_cs20151215.client.Client: describe_cluster_detail_with_options, '
                      'delete_cluster_with_options, attach_instances_with_options, '
                      'describe_clusters_v1with_options; '
                      'alibabacloud_ververica20220718.client.Client.create_variable_with_options '
                      '(the workspace header parameter)',
            'packageVersions': sdk_capture.package_versions(PRODUCT_SDKS),
            'patched': [
                'alibabacloud_tea_openapi.utils.Utils.get_timestamp -> fixed timestamp (V3 only)',
                'alibabacloud_tea_openapi.utils.Utils.get_nonce -> fixed nonce',
                'alibabacloud_tea_openapi.utils.Utils.get_date_utcstring -> fixed date (ROA V2 only)',
                'alibabacloud_tea_openapi.utils.Utils.get_user_agent -> fixed user agent '
                '(unpatched it prefixes a platform-dependent default agent)',
                'requests.adapters.HTTPAdapter.send -> records the prepared request, sends nothing',
            ],
            'wrapped (recorded, behaviour unchanged)': [
                'alibabacloud_tea_openapi.client.Client.call_api',
                'darabonba.core.DaraCore.do_action',
                'darabonba.core.DaraCore.to_json_string',
                'darabonba.url.Url.percent_encode',
                'alibabacloud_tea_openapi.utils.Utils.get_authorization',
                'alibabacloud_tea_openapi.utils.get_canonical_query_string',
                'alibabacloud_tea_openapi.utils.get_canonicalized_headers',
                'alibabacloud_tea_openapi.utils.Utils.hash',
                'alibabacloud_tea_openapi.utils.signature_method',
                'alibabacloud_tea_openapi.utils.Utils.get_string_to_sign',
                'alibabacloud_tea_openapi.utils.Utils.get_roasignature',
            ],
        },
        'cases': cases,
    }
    out = json.dumps(output, sort_keys=True, indent=2, ensure_ascii=False) + '\n'
    with open(argv[1], 'w', encoding='utf-8', newline='\n') as f:
        f.write(out)
    print(f'wrote {len(cases)} cases to {argv[1]}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
