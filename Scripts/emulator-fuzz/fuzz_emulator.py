"""Fuzzes the ECS emulator's HTTP surface: random methods, paths, headers, query strings and bodies, unsigned,
V3- and V1-signed (so that random parameters reach decoding, validation and the handlers), badly signed,
anonymous STS calls with random OIDC tokens, and control-endpoint calls with random faults and states.

Usage: python3 fuzz_emulator.py PATH-TO-ecs-emulator [REQUESTS] [SEED]
       python3 fuzz_emulator.py PATH-TO-aliyun-emulator REQUESTS SEED CORPUS   (ECS, VPC, CS and STS of CORPUS)

The emulator must answer every request or close the connection, never die; its resident memory is sampled
every 5,000 requests. Exits 1 if the process died, an answer had a status outside 100-599, or its memory
passed 512 MiB; prints the figures either way and, last, 'N passed, 0 failed'.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

from emulator_http import Connection, request_bytes, rfc3986, rss_kib, sign_v1, sign_v3

KEY_ID, SECRET, CONTROL = 'LTAI-fuzz', 'fuzz-secret', 'fuzz-control-token'
ECS, STS, VPC = '2014-05-26', '2015-04-01', '2016-04-28'
ACTIONS = ['DescribeImages', 'ModifyImageAttribute', 'DescribeRegions', 'AssumeRole', 'AssumeRoleWithOIDC',
           'GetCallerIdentity', 'CreateImage', 'Nope', '', 'describeimages', 'CreateSecurityGroup',
           'DescribeSecurityGroups', 'DeleteSecurityGroup', 'CreateVpc', 'DescribeVpcs', 'ModifyVpcAttribute',
           'DeleteVpc']
VPC_ACTIONS = {'CreateVpc', 'ModifyVpcAttribute', 'DeleteVpc'}
NAMES = ['VpcId', 'VpcName', 'SecurityGroupId', 'SecurityGroupName', 'CidrBlock', 'NextToken', 'MaxResults',
         'RegionId', 'ImageId', 'PageNumber', 'PageSize', 'ImageName', 'Status', 'BootMode', 'LicenseType',
         'Description', 'ImageFamily', 'DryRun', 'Features.NvmeSupport', 'Features.ImdsSupport', 'Tag.1.Key',
         'Tag.2.Value', 'RoleArn', 'RoleSessionName', 'DurationSeconds', 'OIDCProviderArn', 'OIDCToken',
         'Filter.1.Key', 'Tag.99999999999.Key', 'A.1.B.2.C.3.D.4.E.5', 'ImageId.1', 'Policy']
SPECIAL = ['', ' ', '0', '-1', '1', '100', '101', str(2**63 - 1), str(2**63), str(-2**63), '1e308', 'NaN',
           'true', 'false', 'null', '{}', '[]', '{"a":', 'cn-hangzhou', 'm-1', 'm-2', 'Available', 'Deprecated',
           'UEFI', 'BYOL', 'v1', 'v2', 'x' * 5000, '\u0345abc', 'a\u200db', '名前', '\x00', '%', '%zz', '+',
           'acs:ram::1234567890123456:role/r', 'acs:ram::1234567890123456:oidc-provider/fuzz', 'a.b.c']
METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'BREW', 'G E T', '']
PATHS = ['/', '/?', '//', '/_emulator/', '/_emulator/faults', '/_emulator/state', '/_emulator/requests',
         '/_emulator/../', '/%00', '/a/b/c', '*', 'http://x/', '/' + 'a' * 9000]


def text(rng):
    pick = rng.random()
    if pick < 0.5:
        return rng.choice(SPECIAL)
    if pick < 0.8:
        return ''.join(chr(rng.randint(32, 126)) for _ in range(rng.randint(0, 40)))
    return ''.join(chr(rng.choice([rng.randint(0x80, 0x7ff), rng.randint(0x800, 0xd7ff), rng.randint(0xe000, 0x10ffff)]))
                   for _ in range(rng.randint(1, 12)))


def params(rng):
    items = [(rng.choice(NAMES) if rng.random() < 0.85 else text(rng), text(rng)) for _ in range(rng.randint(0, 12))]
    if rng.random() < 0.7:
        items.append(('RegionId', 'cn-hangzhou'))
    if rng.random() < 0.5:
        items.append(('ImageId', rng.choice(['m-1', 'm-2', 'm-3', text(rng)])))
    return items


def now(rng, skew=True):
    moment = datetime.now(timezone.utc)
    if skew and rng.random() < 0.1:
        moment += timedelta(seconds=rng.choice([-3600, -901, 899, 3600, 10**7]))
    return moment.strftime('%Y-%m-%dT%H:%M:%SZ')


def query(items):
    return '/?' + '&'.join(f'{rfc3986(k)}={rfc3986(v)}' for k, v in items)


def signed_v3(rng, host, bad=False):
    action = rng.choice(ACTIONS[:7])
    version = STS if action in ('AssumeRole', 'AssumeRoleWithOIDC', 'GetCallerIdentity') else (
        VPC if action in VPC_ACTIONS else ECS)
    items = params(rng)
    body = b''
    headers = {'x-acs-action': action, 'x-acs-version': version, 'x-acs-date': now(rng),
               'x-acs-signature-nonce': uuid.uuid4().hex}
    if rng.random() < 0.2:
        form = params(rng)
        body = '&'.join(f'{k}={v}' for k, v in form).encode('utf-8', 'surrogatepass')
        headers['content-type'] = 'application/x-www-form-urlencoded'
    signed = sign_v3('POST', host, items, headers, body, KEY_ID, 'wrong' if bad else SECRET)
    if bad and rng.random() < 0.5:
        signed['authorization'] = rng.choice(['ACS3-HMAC-SHA256 ' + text(rng), text(rng), 'ACS3-HMAC-SHA256 Credential=,'])
    return 'POST', query(items), list(signed.items()), body


def signed_v1(rng, bad=False):
    action = rng.choice(ACTIONS[:7])
    version = STS if action in ('AssumeRole', 'GetCallerIdentity') else VPC if action in VPC_ACTIONS else ECS
    items = params(rng) + [('Action', action), ('Version', version), ('Timestamp', now(rng)),
                           ('SignatureNonce', uuid.uuid4().hex)]
    method = rng.choice(['GET', 'POST'])
    full = sign_v1(method, items, KEY_ID, 'wrong' if bad else SECRET)
    return method, query(full), [], b''


def anonymous(rng):
    token = rng.choice(['a.b.c', text(rng), 'eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.c2ln', 'x' * rng.randint(0, 20000)])
    items = [('RoleArn', 'acs:ram::1234567890123456:role/r'), ('RoleSessionName', 's'),
             ('OIDCProviderArn', rng.choice(['acs:ram::1234567890123456:oidc-provider/fuzz', text(rng)])),
             ('OIDCToken', token)]
    headers = {'x-acs-action': 'AssumeRoleWithOIDC', 'x-acs-version': STS, 'x-acs-date': now(rng),
               'x-acs-signature-nonce': uuid.uuid4().hex * rng.randint(1, 64)}
    return 'POST', query(items), list(headers.items()), b''


def control(rng):
    target = rng.choice(['/_emulator/faults', '/_emulator/state', '/_emulator/requests', '/_emulator/x'])
    method = rng.choice(['GET', 'POST', 'PUT', 'DELETE'])
    if target.endswith('faults') and method == 'POST':
        fault = {'kind': rng.choice(['error', 'delay', 'dropConnection', 'x']),
                 'count': rng.choice([1, 2, 0, -1, 10**12]), 'status': rng.choice([400, 503, 1000, 99, -1, None]),
                 'code': rng.choice(['Throttling.User', '', None, 'x' * 500]),
                 'delayMilliseconds': rng.choice([None, 5, -1, 10**9]),
                 'retryAfterMilliseconds': rng.choice([None, 10, -5])}
        body = json.dumps([{k: v for k, v in fault.items() if v is not None}]).encode()
    elif target.endswith('state') and method == 'PUT':
        body = rng.choice([b'{"images": []}', b'{"images": [{"imageId": "m-1", "regionId": "cn-hangzhou"}]}',
                           text(rng).encode('utf-8', 'surrogatepass'), b'{"images": [{"imageId": "", "regionId": ""}]}'])
    else:
        body = b''
    token = CONTROL if rng.random() < 0.8 else text(rng)
    header = rng.choice([('Authorization', f'Bearer {token}'), ('X-Emulator-Control-Token', token)])
    return method, target, [header], body


def garbage(rng):
    headers = [(rng.choice(['Host', 'Authorization', 'x-acs-action', 'x-acs-date', 'Content-Type', 'Content-Length',
                            'Transfer-Encoding', 'X-' + text(rng), text(rng)]), text(rng)) for _ in range(rng.randint(0, 8))]
    body = os.urandom(rng.randint(0, 300)) if rng.random() < 0.5 else b''
    path = rng.choice(PATHS) if rng.random() < 0.5 else query(params(rng))
    return rng.choice(METHODS), path, headers, body


def main():
    executable = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
    rng = random.Random(seed)
    corpus = sys.argv[4] if len(sys.argv) > 4 else None
    state = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
    if corpus:
        # aliyun-emulator: resources inferred from the specs, a state document of its own.
        json.dump({'resources': [{'product': 'Vpc', 'version': VPC, 'kind': 'Vpc', 'id': f'vpc-{i}',
                                  'fields': {'VpcId': f'vpc-{i}', 'RegionId': 'cn-hangzhou'}} for i in range(1, 6)]},
                  state)
    else:
        json.dump({'images': [{'imageId': f'm-{i}', 'regionId': 'cn-hangzhou'} for i in range(1, 6)]}, state)
    state.close()
    environment = dict(os.environ, ALIBABA_CLOUD_ACCESS_KEY_ID=KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET=SECRET,
                       ECS_EMULATOR_CONTROL_TOKEN=CONTROL, ALIYUN_EMULATOR_CONTROL_TOKEN=CONTROL)
    environment.pop('ALIBABA_CLOUD_SECURITY_TOKEN', None)
    products = ['--corpus', corpus, '--products', 'ecs,vpc,cs,sts'] if corpus else []
    process = subprocess.Popen(
        [executable, '--port', '0', '--state', state.name, '--persist',
         '--oidc-provider', 'fuzz,https://issuer.example,sts.aliyuncs.com'] + products,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    line = process.stdout.readline().decode().strip()
    host_port = line.removeprefix('listening on http://')
    host, port = host_port.rsplit(':', 1)
    connection = Connection(host, int(port))
    statuses, failures, samples = {}, [], [(0, rss_kib(process.pid))]
    kinds = [(0.25, lambda: garbage(rng)), (0.40, lambda: anonymous(rng)), (0.65, lambda: signed_v3(rng, host_port)),
             (0.78, lambda: signed_v1(rng)), (0.88, lambda: signed_v3(rng, host_port, bad=True)),
             (0.93, lambda: signed_v1(rng, bad=True)), (1.0, lambda: control(rng))]
    started = time.time()
    for index in range(1, total + 1):
        pick = rng.random()
        method, target, headers, body = next(make for limit, make in kinds if pick < limit)()
        if not any(name.lower() == 'host' for name, _ in headers):
            headers = [('Host', host_port)] + headers
        answer = connection.send(request_bytes(method, target, headers, body))
        status = answer[0] if answer else None
        statuses[status] = statuses.get(status, 0) + 1
        if status is not None and not 100 <= status <= 599:
            failures.append(f'request {index}: status {status}')
        if index % 5000 == 0:
            if process.poll() is not None:
                failures.append(f'the emulator exited with {process.returncode} by request {index}')
                break
            samples.append((index, rss_kib(process.pid)))
            # Clears faults a fuzzed call may have left waiting, so delays do not pile up.
            connection.send(request_bytes('DELETE', '/_emulator/faults', [('Host', host_port), ('Authorization', f'Bearer {CONTROL}')]))
    elapsed = time.time() - started
    alive = process.poll() is None
    if not alive and not any('exited' in f for f in failures):
        failures.append(f'the emulator exited with {process.returncode}')
    peak = max(kib for _, kib in samples)
    if peak > 512 * 1024:
        failures.append(f'resident memory reached {peak // 1024} MiB')
    process.terminate()
    _, errors = process.communicate(timeout=30)
    os.unlink(state.name)
    print(f'seed {seed}: {index} requests in {elapsed:.1f} s ({index / elapsed:.0f}/s), {connection.reconnects} connections')
    print('statuses:', ', '.join(f'{k}: {v}' for k, v in sorted(statuses.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))))
    print('RSS MiB by request:', ', '.join(f'{i}: {kib / 1024:.1f}' for i, kib in samples))
    for failure in failures:
        print('FAIL:', failure)
    if failures and errors:
        print(errors.decode(errors='replace')[-3000:])
    print(f'{0 if failures else 1} passed, {1 if failures else 0} failed')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
