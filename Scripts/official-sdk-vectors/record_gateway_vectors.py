#!/usr/bin/env python3
"""Record request vectors of the products whose official SDK calls a gateway of its own (Log Service, PDS), and of
AliGenie, whose SDK adds an access-token header to ACS3.

Usage: python3 record_gateway_vectors.py OUTPUT.json

Drives alibabacloud_sls20201230's client (pinned in requirements.txt), which calls through
alibabacloud_gateway_sls: the project in the host, Log Service's `LOG AccessKeyId:Signature`
(HMAC-SHA256) over its x-log-* and x-acs-* headers, PutLogs's log group serialised as protobuf
(aliyun-log-fastpb) and compressed (lz4 or zstd, by alibabacloud_gateway_sls_util).

Fixed inputs (credentials, date, user agent) and the capture of the prepared request, with all
network access refused, come from sdk_capture.py. This script also fixes the date that the gateway
reads through alibabacloud_tea_util's get_date_utcstring, and wraps the gateway's get_signature to
record the string it signs. Every recorded value comes from the SDK's own code. See README.md.

Also alibabacloud_pds20220301 (through alibabacloud_gateway_pds: the legacy ROA signature, HMAC-SHA1, over
its own header set; the nonce it takes from alibabacloud_tea_util is fixed too) and
alibabacloud_aligenieip_1_0 (ROA signed with ACS3 by alibabacloud_tea_openapi, the access token in
x-acs-aligenie-access-token).
"""

import base64
import json
import sys
from urllib.parse import parse_qsl, urlsplit

# sdk_capture sits beside this script; importing it must not leave a __pycache__ in the repository.
sys.dont_write_bytecode = True
import sdk_capture  # noqa: E402
from sdk_capture import (ACCESS_KEY_ID, ACCESS_KEY_SECRET, DATE_UTCSTRING, NONCE, SECURITY_TOKEN,  # noqa: E402
                         TIMESTAMP, USER_AGENT, Captured, Trace, check, record)

from alibabacloud_aligenieip_1_0 import models as aligenie_models  # noqa: E402
from alibabacloud_aligenieip_1_0.client import Client as AliGenieClient  # noqa: E402
from alibabacloud_gateway_sls.client import Client as SlsGateway  # noqa: E402
from alibabacloud_pds20220301 import models as pds_models  # noqa: E402
from alibabacloud_pds20220301.client import Client as PdsClient  # noqa: E402
from alibabacloud_sls20201230 import models as sls_models  # noqa: E402
from alibabacloud_sls20201230.client import Client as SlsClient  # noqa: E402
from alibabacloud_tea_openapi.models import Config  # noqa: E402
from alibabacloud_tea_util.client import Client as UtilClient  # noqa: E402
from darabonba.runtime import RuntimeOptions  # noqa: E402


def _fixed_gateway_date():
    record('UtilClient.get_date_utcstring')
    return DATE_UTCSTRING


def _fixed_gateway_nonce():
    record('UtilClient.get_nonce')
    return NONCE


UtilClient.get_date_utcstring = staticmethod(_fixed_gateway_date)
UtilClient.get_nonce = staticmethod(_fixed_gateway_nonce)

_orig_sls_signature = SlsGateway.get_signature


def _wrapped_sls_signature(self, pathname, method, query, headers, secret):
    record('SlsGateway.get_signature')
    result = _orig_sls_signature(self, pathname, method, query, headers, secret)
    sdk_capture.TRACE.sls_signature = {'pathname': pathname, 'query': dict(query or {}), 'signature': result}
    return result


SlsGateway.get_signature = _wrapped_sls_signature

SLS_ENDPOINT = 'cn-hangzhou.log.aliyuncs.com'
PROJECT = 'my-project'
# A logstore whose path segment needs encoding: a space, a slash and non-ASCII, which the SDK leaves in the path it
# signs and its HTTP client quotes in the URL.
LOGSTORE_SPECIAL = 'my logstore/ü'
PDS_ENDPOINT = 'bj1234.api.aliyunpds.com'
ALIGENIE_ENDPOINT = 'openapi.aligenie.com'
PRODUCT_SDKS = ['alibabacloud-sls20201230', 'alibabacloud-pds20220301', 'alibabacloud-aligenieip-1-0']


def log_group(count):
    """A log group of `count` logs: text that compresses (repeated keys) and some that does not (an index)."""
    items = []
    for index in range(count):
        items.append(sls_models.LogItem(
            time=1764417600 + index,
            contents=[
                sls_models.LogContent(key='level', value='INFO' if index % 3 else 'WARN'),
                sls_models.LogContent(key='message', value=f'request {index} served in {index * 7 % 97} ms 中文 é'),
                sls_models.LogContent(key='path', value='/api/v1/items?id=' + str(index)),
            ]))
    return sls_models.LogGroup(
        topic='web', source='10.0.0.1',
        log_tags=[sls_models.LogTag(key='host', value='web-1'), sls_models.LogTag(key='env', value='prod')],
        log_items=items)


class Case:
    def __init__(self, name, call, client=None, endpoint=SLS_ENDPOINT):
        self.name = name
        self.call = call
        self.client = client or SlsClient
        self.endpoint = endpoint


CASES = [
    Case('sls-get-logs-v2', lambda client: client.get_logs_v2with_options(
        PROJECT, LOGSTORE_SPECIAL,
        sls_models.GetLogsV2Request(from_=1764417600, to=1764421200, query='level: WARN | select count(*) 中文',
                                    topic='a+b', line=100, offset=0, reverse=True),
        sls_models.GetLogsV2Headers(), RuntimeOptions())),
    Case('sls-create-logstore', lambda client: client.create_log_store_with_options(
        PROJECT, sls_models.CreateLogStoreRequest(logstore_name='app-logs', shard_count=2, ttl=30,
                                                  auto_split=True, max_split_shard=64),
        {}, RuntimeOptions())),
    Case('sls-get-cursor', lambda client: client.get_cursor_with_options(
        PROJECT, 'app-logs', '0', sls_models.GetCursorRequest(from_='begin'), {}, RuntimeOptions())),
    Case('sls-list-project', lambda client: client.list_project_with_options(
        sls_models.ListProjectRequest(project_name='a b+中 ~*', offset=0, size=10), {}, RuntimeOptions())),
    Case('sls-delete-logstore', lambda client: client.delete_log_store_with_options(
        PROJECT, 'app-logs', {}, RuntimeOptions())),
    Case('sls-put-logs-lz4', lambda client: client.put_logs_with_options(
        PROJECT, 'app-logs', sls_models.PutLogsRequest(body=log_group(3)),
        sls_models.PutLogsHeaders(x_log_compresstype='lz4'), RuntimeOptions())),
    Case('sls-put-logs-zstd', lambda client: client.put_logs_with_options(
        PROJECT, 'app-logs', sls_models.PutLogsRequest(body=log_group(3)),
        sls_models.PutLogsHeaders(x_log_compresstype='zstd'), RuntimeOptions())),
    Case('sls-put-logs-lz4-many', lambda client: client.put_logs_with_options(
        PROJECT, 'app-logs', sls_models.PutLogsRequest(body=log_group(500)),
        sls_models.PutLogsHeaders(x_log_compresstype='lz4'), RuntimeOptions())),
    Case('sls-put-logs-zstd-many', lambda client: client.put_logs_with_options(
        PROJECT, 'app-logs', sls_models.PutLogsRequest(body=log_group(500)),
        sls_models.PutLogsHeaders(x_log_compresstype='zstd'), RuntimeOptions())),
]


CASES += [
    Case('pds-list-drive', lambda client: client.list_drive_with_options(
        pds_models.ListDriveRequest(limit=50, marker='m 1+/', owner='user 中', owner_type='user'), {},
        RuntimeOptions()), PdsClient, PDS_ENDPOINT),
    Case('pds-create-domain', lambda client: client.create_domain_with_options(
        pds_models.CreateDomainRequest(domain_name='photos é', description='a+b ~*', init_drive_enable=True,
                                       init_drive_size=1073741824),
        {}, RuntimeOptions()), PdsClient, PDS_ENDPOINT),
    Case('pds-download-file', lambda client: client.download_file_with_options(
        pds_models.DownloadFileRequest(drive_id='1', file_id='9520943DC264', image_thumbnail_process='image/resize,w_200'),
        {}, RuntimeOptions()), PdsClient, PDS_ENDPOINT),
    Case('aligenie-add-cartoon', lambda client: client.add_cartoon_with_options(
        aligenie_models.AddCartoonRequest(hotel_id='h 1', start_video_url='https://example.com/v.mp4?a=1&b=中',
                                          start_video_md_5='d41d8cd98f00b204e9800998ecf8427e'),
        aligenie_models.AddCartoonHeaders(x_acs_aligenie_access_token='token+/='), RuntimeOptions()),
        AliGenieClient, ALIGENIE_ENDPOINT),
    Case('aligenie-list-hotels', lambda client: client.list_hotels_with_options(
        aligenie_models.ListHotelsRequest(
            status=1, page=aligenie_models.ListHotelsRequestPage(page_number=1, page_size=20),
            hotel_request=aligenie_models.ListHotelsRequestHotelRequest(hotel_id='h 1')),
        aligenie_models.ListHotelsHeaders(x_acs_aligenie_access_token='token+/='), RuntimeOptions()),
        AliGenieClient, ALIGENIE_ENDPOINT),
    Case('aligenie-query-room-control-devices', lambda client: client.query_room_control_devices_with_options(
        aligenie_models.QueryRoomControlDevicesRequest(hotel_id='h 1', room_no='101 中'),
        aligenie_models.QueryRoomControlDevicesHeaders(), RuntimeOptions()),
        AliGenieClient, ALIGENIE_ENDPOINT),
]


class GatewayTrace(Trace):
    def __init__(self, nonce):
        super().__init__(nonce)
        self.sls_signature = None


def run_case(case, security_token):
    sdk_capture.begin(GatewayTrace(NONCE))
    config = Config(access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET, security_token=security_token,
                    region_id='cn-hangzhou', endpoint=case.endpoint, protocol='https', user_agent=USER_AGENT)
    try:
        case.call(case.client(config))
    except Captured:
        pass
    else:
        raise AssertionError('the SDK returned without reaching the transport')
    trace = sdk_capture.end()
    name = f'{"sts" if security_token else "ak"}-{case.name}'
    calls = trace.calls
    check(calls.count('HTTPAdapter.send') == 1, f'{name}: sent {calls}')
    prepared = trace.prepared
    headers = prepared['headers']
    product = case.name.split('-', 1)[0]
    if product == 'sls':
        check(calls.count('SlsGateway.get_signature') == 1, f'{name}: {calls}')
        check(headers.get('date') == DATE_UTCSTRING, name)
        check(headers.get('authorization') == f'LOG {ACCESS_KEY_ID}:{trace.sls_signature["signature"]}', name)
    elif product == 'pds':
        check(headers.get('date') == DATE_UTCSTRING and headers.get('x-acs-signature-nonce') == NONCE, name)
        check(headers.get('Authorization', '').startswith(f'acs {ACCESS_KEY_ID}:'), name)
    else:
        check(headers.get('Authorization', '').startswith('ACS3-HMAC-SHA256 '), name)
    url = urlsplit(prepared['url'])
    body = prepared['body']
    if isinstance(body, str):
        body = body.encode('utf-8')
    request = {
        'method': prepared['method'],
        'path': url.path,
        'url': prepared['url'],
        'query': dict(parse_qsl(url.query, keep_blank_values=True)),
        'headers': headers,
        'body': None,
    }
    if body is not None:
        request['bodyBase64'] = base64.b64encode(body).decode('ascii')
    return {
        'name': name,
        'product': product,
        'securityToken': security_token,
        'timestamp': TIMESTAMP,
        'date': DATE_UTCSTRING,
        'nonce': NONCE,
        'userAgent': USER_AGENT,
        'accessKeyId': ACCESS_KEY_ID,
        'accessKeySecret': ACCESS_KEY_SECRET,
        'endpoint': case.endpoint,
        'slsSignature': trace.sls_signature,
        'request': request,
    }


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: python3 record_gateway_vectors.py OUTPUT.json\n')
        return 2
    cases = [run_case(case, token) for case in CASES for token in (None, SECURITY_TOKEN)]
    output = {
        'sdk': {
            'client': 'alibabacloud_sls20201230.client.Client, through alibabacloud_gateway_sls; '
                      'alibabacloud_pds20220301.client.Client, through alibabacloud_gateway_pds; '
                      'alibabacloud_aligenieip_1_0.client.Client (ACS3)',
            'packageVersions': sdk_capture.package_versions(PRODUCT_SDKS),
            'patched': [
                'alibabacloud_tea_util.client.Client.get_date_utcstring -> fixed date (the gateways\' Date header)',
                'alibabacloud_tea_util.client.Client.get_nonce -> fixed nonce (the PDS gateway\'s)',
                'alibabacloud_tea_openapi.utils.Utils.get_timestamp, get_nonce -> fixed (ACS3, AliGenie)',
                'alibabacloud_tea_openapi.utils.Utils.get_user_agent -> fixed user agent',
                'requests.adapters.HTTPAdapter.send -> records the prepared request, sends nothing',
            ],
            'wrapped (recorded, behaviour unchanged)': [
                'alibabacloud_gateway_sls.client.Client.get_signature',
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
