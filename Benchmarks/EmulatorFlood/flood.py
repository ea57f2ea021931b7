"""Floods the ECS emulator and records its resident memory before, during and after.

Usage: python3 flood.py PATH-TO-ecs-emulator [REQUESTS-PER-PHASE]

Phase 1 sends REQUESTS (default 100,000) unsigned AssumeRoleWithOIDC calls, each with a fresh 2 KB nonce
(calls that need no signature: their nonces go to the anonymous ledger); phase 2 sends as many V3 calls
signed with a wrong secret, each with a fresh nonce. Memory is sampled every 10,000 requests and after a
pause. Prints a Markdown table and the answers by status.
"""
import os
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'Scripts', 'emulator-fuzz'))
from emulator_http import Connection, request_bytes, rss_kib, sign_v3  # noqa: E402

KEY_ID, SECRET = 'LTAI-flood', 'flood-secret'


def anonymous_call(host_port):
    nonce = (uuid.uuid4().hex * 64)[:2048]
    date = datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    target = ('/?RoleArn=acs%3Aram%3A%3A1234567890123456%3Arole%2Fr&RoleSessionName=s'
              '&OIDCProviderArn=acs%3Aram%3A%3A1234567890123456%3Aoidc-provider%2Fp&OIDCToken=a.b.c')
    headers = [('Host', host_port), ('x-acs-action', 'AssumeRoleWithOIDC'), ('x-acs-version', '2015-04-01'),
               ('x-acs-date', date), ('x-acs-signature-nonce', nonce)]
    return request_bytes('POST', target, headers)


def badly_signed_call(host_port):
    date = datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    headers = {'x-acs-action': 'DescribeImages', 'x-acs-version': '2014-05-26', 'x-acs-date': date,
               'x-acs-signature-nonce': uuid.uuid4().hex * 4}
    items = [('RegionId', 'cn-hangzhou')]
    signed = sign_v3('POST', host_port, items, headers, b'', KEY_ID, 'not-the-secret')
    return request_bytes('POST', '/?RegionId=cn-hangzhou', list(signed.items()))


def main():
    executable = sys.argv[1]
    per_phase = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    environment = dict(os.environ, ALIBABA_CLOUD_ACCESS_KEY_ID=KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET=SECRET,
                       ECS_EMULATOR_CONTROL_TOKEN='flood-control')
    environment.pop('ALIBABA_CLOUD_SECURITY_TOKEN', None)
    process = subprocess.Popen([executable, '--port', '0'], stdout=subprocess.PIPE, env=environment)
    host_port = process.stdout.readline().decode().strip().removeprefix('listening on http://')
    host, port = host_port.rsplit(':', 1)
    connection = Connection(host, int(port))
    time.sleep(1)
    rows = [('start', 0, rss_kib(process.pid))]
    statuses = {}
    started = time.time()
    for phase, make in (('unsigned, fresh 2 KB nonces', anonymous_call), ('badly signed', badly_signed_call)):
        for index in range(1, per_phase + 1):
            answer = connection.send(make(host_port))
            key = (phase, answer[0] if answer else None)
            statuses[key] = statuses.get(key, 0) + 1
            if index % 10_000 == 0:
                rows.append((phase, index, rss_kib(process.pid)))
        time.sleep(5)
        rows.append((phase + ', 5 s after', per_phase, rss_kib(process.pid)))
    elapsed = time.time() - started
    alive = process.poll() is None
    process.terminate()
    process.wait(timeout=30)
    print(f'{2 * per_phase} requests in {elapsed:.0f} s; emulator alive at the end: {alive}')
    print('| phase | requests | RSS MiB |\n|---|---|---|')
    for phase, index, kib in rows:
        print(f'| {phase} | {index} | {kib / 1024:.1f} |')
    print('answers:', ', '.join(f'{phase}: {status} x{count}' for (phase, status), count in statuses.items()))
    sys.exit(0 if alive else 1)


if __name__ == '__main__':
    main()
