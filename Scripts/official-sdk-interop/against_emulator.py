#!/usr/bin/env python3
"""Drive Alibaba Cloud's official Python SDK for ECS against the ecs-emulator.

Usage: python3 against_emulator.py PATH-TO-ecs-emulator

Starts the emulator on a free loopback port with a seeded state file, then calls it with
alibabacloud_ecs20140526 (pinned in ../official-sdk-vectors/requirements.txt), signed with V3
(ACS3-HMAC-SHA256, the SDK's default) and V1 (HMAC-SHA1, signature_algorithm='v2'). Checks
successful calls, DescribeImages with its filters and paging, a dry run, three documented errors
surfacing as the SDK's ClientException with the right code and status, and requests whose
signature was tampered with on the way being refused. Prints one line per check; exits 1 if any
check fails.
"""

import json
import os
import subprocess
import sys
import tempfile

import requests
import requests.adapters
from alibabacloud_ecs20140526 import models as ecs
from alibabacloud_ecs20140526.client import Client
from alibabacloud_tea_openapi import exceptions
from alibabacloud_tea_openapi.models import Config
from darabonba.runtime import RuntimeOptions

KEY_ID = 'LTAI-interop'
KEY_SECRET = 'interop-secret'
REGION = 'cn-hangzhou'

SEED = {
    'images': [
        {'imageId': 'm-interop-1', 'regionId': REGION, 'imageName': 'first', 'creationTime': '2026-01-03T00:00:00Z'},
        {'imageId': 'm-interop-2', 'regionId': REGION, 'imageName': 'taken', 'creationTime': '2026-01-02T00:00:00Z'},
        {'imageId': 'm-interop-3', 'regionId': REGION, 'imageName': 'shared', 'sharedWithAccounts': 2,
         'imageFamily': 'fam', 'creationTime': '2026-01-01T00:00:00Z'},
    ]
}

failures = []


CONTROL_TOKEN = 'interop-control-token'

def check(name, condition, detail=''):
    print(f"{'ok' if condition else 'FAIL'}: {name}{'' if condition else ' -- ' + detail}")
    if not condition:
        failures.append(name)


def start_emulator(executable, state_path):
    env = dict(os.environ)
    env['ALIBABA_CLOUD_ACCESS_KEY_ID'] = KEY_ID
    env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'] = KEY_SECRET
    env['ECS_EMULATOR_CONTROL_TOKEN'] = CONTROL_TOKEN
    env.pop('ALIBABA_CLOUD_SECURITY_TOKEN', None)
    process = subprocess.Popen(
        [executable, '--host', '127.0.0.1', '--port', '0', '--state', state_path],
        stdout=subprocess.PIPE, env=env, text=True)
    line = process.stdout.readline().strip()
    prefix = 'listening on http://'
    if not line.startswith(prefix):
        process.kill()
        sys.exit(f'error: the emulator printed {line!r} instead of "listening on http://HOST:PORT"')
    return process, line[len(prefix):]


def client(endpoint, v1=False):
    config = Config(
        access_key_id=KEY_ID, access_key_secret=KEY_SECRET, endpoint=endpoint, protocol='http', region_id=REGION)
    if v1:
        config.signature_algorithm = 'v2'
    return Client(config)


def expect_error(name, call, code, status):
    try:
        call()
    except exceptions.ClientException as error:
        check(f'{name}: code {code}', error.code == code, f'got {error.code}')
        check(f'{name}: status {status}', error.status_code == status, f'got {error.status_code}')
        check(f'{name}: request id', bool(error.request_id) and error.request_id != 'None', repr(error.request_id))
        return
    except Exception as error:  # noqa: BLE001 - any other failure is reported as one
        check(f'{name}: ClientException', False, f'{type(error).__name__}: {error}')
        return
    check(f'{name}: refused', False, 'the call succeeded')


class Tamper:
    """Changes the signature of every request on its way out (requests' HTTPAdapter.send)."""

    def __enter__(self):
        self.original = requests.adapters.HTTPAdapter.send

        def send(adapter, request, **kwargs):
            if 'Authorization' in request.headers:
                value = request.headers['Authorization']
                flipped = '0' if value[-1] != '0' else '1'
                request.headers['Authorization'] = value[:-1] + flipped
            elif 'Signature=' in request.url:
                request.url = request.url.replace('Signature=', 'Signature=x', 1)
            return self.original(adapter, request, **kwargs)

        requests.adapters.HTTPAdapter.send = send
        return self

    def __exit__(self, *exc):
        requests.adapters.HTTPAdapter.send = self.original


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as directory:
        state = os.path.join(directory, 'state.json')
        with open(state, 'w') as file:
            json.dump(SEED, file)
        process, endpoint = start_emulator(sys.argv[1], state)
        try:
            run(endpoint)
        finally:
            process.terminate()
            process.wait(timeout=10)
    print(f'{len(failures)} failed' if failures else 'all checks passed')
    sys.exit(1 if failures else 0)


def run(endpoint):
    runtime = RuntimeOptions()
    for label, v1 in (('V3', False), ('V1', True)):
        ecs_client = client(endpoint, v1=v1)
        response = ecs_client.modify_image_attribute_with_options(
            ecs.ModifyImageAttributeRequest(
                region_id=REGION, image_id='m-interop-1', description=f'changed with {label}'), runtime)
        check(f'{label} ModifyImageAttribute: 200', response.status_code == 200, str(response.status_code))
        check(f'{label} ModifyImageAttribute: request id', bool(response.body.request_id))
        images = ecs_client.describe_images_with_options(
            ecs.DescribeImagesRequest(region_id=REGION, image_id='m-interop-1'), runtime).body
        image = images.images.image[0] if images.images and images.images.image else None
        check(f'{label} DescribeImages sees the change', image is not None and image.description == f'changed with {label}',
              repr(image and image.description))
        expect_error(f'{label} unknown image', lambda: ecs_client.modify_image_attribute_with_options(
            ecs.ModifyImageAttributeRequest(region_id=REGION, image_id='m-nowhere', image_name='x-y'), runtime),
            'InvalidImageId.NotFound', 404)
        expect_error(f'{label} name in use', lambda: ecs_client.modify_image_attribute_with_options(
            ecs.ModifyImageAttributeRequest(region_id=REGION, image_id='m-interop-1', image_name='taken'), runtime),
            'InvalidImageName.Duplicated', 400)
        expect_error(f'{label} deprecating a shared image', lambda: ecs_client.modify_image_attribute_with_options(
            ecs.ModifyImageAttributeRequest(region_id=REGION, image_id='m-interop-3', status='Deprecated'), runtime),
            'ImageUseShared', 403)
        expect_error(f'{label} dry run', lambda: ecs_client.modify_image_attribute_with_options(
            ecs.ModifyImageAttributeRequest(region_id=REGION, image_id='m-interop-1', image_name='dry', dry_run=True),
            runtime), 'DryRunOperation', 400)
        with Tamper():
            expect_error(f'{label} tampered signature', lambda: ecs_client.describe_images_with_options(
                ecs.DescribeImagesRequest(region_id=REGION), runtime), 'SignatureDoesNotMatch', 400)
        stranger = Client(Config(access_key_id='LTAI-nobody', access_key_secret='s', endpoint=endpoint,
                                 protocol='http', region_id=REGION, signature_algorithm='v2' if v1 else None))
        expect_error(f'{label} unknown access key', lambda: stranger.describe_images_with_options(
            ecs.DescribeImagesRequest(region_id=REGION), runtime), 'InvalidAccessKeyId.NotFound', 404)

    ecs_client = client(endpoint)
    first = ecs_client.describe_images_with_options(
        ecs.DescribeImagesRequest(region_id=REGION, page_size=2, page_number=1), runtime).body
    second = ecs_client.describe_images_with_options(
        ecs.DescribeImagesRequest(region_id=REGION, page_size=2, page_number=2), runtime).body
    ids = [image.image_id for page in (first, second) for image in page.images.image]
    check('DescribeImages pages by PageNumber/PageSize, newest first',
          ids == ['m-interop-1', 'm-interop-2', 'm-interop-3'] and first.total_count == 3, repr(ids))
    family = ecs_client.describe_images_with_options(
        ecs.DescribeImagesRequest(region_id=REGION, image_family='fam'), runtime).body
    check('DescribeImages filters by ImageFamily', [i.image_id for i in family.images.image] == ['m-interop-3'])
    check('the control endpoints refuse a request without the control token',
          requests.get(f'http://{endpoint}/_emulator/requests', timeout=10).status_code == 401)
    journal = json.loads(requests.get(
        f'http://{endpoint}/_emulator/requests', headers={'Authorization': f'Bearer {CONTROL_TOKEN}'}, timeout=10).text)
    versions = {entry.get('signatureVersion') for entry in journal if entry.get('status') == 200}
    check('the emulator verified both V3 and V1 signatures', versions == {'v3', 'v1'}, repr(versions))


if __name__ == '__main__':
    main()
