#!/usr/bin/env python3
"""Drive Alibaba Cloud's official Python SDKs for ECS, VPC and CS against one aliyun-emulator.

Usage: python3 emulator_round_trips.py PATH-TO-aliyun-emulator CORPUS-DIR

First asks the emulator what it inferred (`--explain vpc`, `--explain ecs`, `--explain cs`) and checks that
the resources driven below are placed whole: Vpc (VPC), SecurityGroup (ECS) and Cluster (CS, ROA style), each
with its create, reads, modify, delete and NotFound code. Then starts one emulator serving ecs,vpc,cs from the
corpus on a free loopback port and calls it with alibabacloud_vpc20160428, alibabacloud_ecs20140526 and
alibabacloud_cs20151215 (pinned in ../official-sdk-vectors/requirements.txt), retries off:

- a round trip per resource, signed with V3 (ACS3-HMAC-SHA256, the SDKs' default) and again with the older
  signature (V1 HMAC-SHA1 for VPC and ECS, ROA HMAC-SHA1 for CS: signature_algorithm='v2'): create → the list
  read finds it by identifier and by name → modify → both reads see the change → delete → the list read is
  empty, the single read answers the NotFound code with 404, and so do a second delete and a modify;
- documented rules: a name breaking one is refused with the documented code (InvalidVpcName.Malformed,
  InvalidSecurityGroupName.Malformed; CS documents none, so InvalidParameter), making nothing;
- tampered signatures (V3, V1 and ROA) refused with SignatureDoesNotMatch;
- faults scoped by product: Throttling.User for VPC's DescribeVpcs leaves ECS's own DescribeVpcs and other
  calls alone and reaches the VPC SDK once; a CS-only fault with a retry-after surfaces as the SDK's
  ThrottlingException after VPC and ECS calls went through;
- the journal: every signature version the SDKs used was verified, each injected fault was answered once, to
  the call it was scoped to (no retry), no call answered a server error, no resource is left; the control
  endpoints refuse a request without the token.

Prints one line per check and a summary; exits 1 if any check fails, printing the end of the emulator's
standard error.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import threading

import requests
import requests.adapters
from alibabacloud_cs20151215 import models as cs
from alibabacloud_cs20151215.client import Client as CSClient
from alibabacloud_ecs20140526 import models as ecs
from alibabacloud_ecs20140526.client import Client as ECSClient
from alibabacloud_tea_openapi import exceptions
from alibabacloud_tea_openapi.models import Config
from alibabacloud_vpc20160428 import models as vpc
from alibabacloud_vpc20160428.client import Client as VPCClient
from darabonba.policy.retry import RetryOptions
from darabonba.runtime import RuntimeOptions

KEY_ID = 'LTAI-round-trips'
KEY_SECRET = 'round-trips-secret'
REGION = 'cn-hangzhou'
CONTROL_TOKEN = 'round-trips-control-token'
PRODUCTS = 'ecs,vpc,cs'
STARTUP_SECONDS = 120

# What the round trips rely on inference to have placed: the resource, its identifier, the operations by role,
# and the NotFound code the documentation gives (None: the corpus documents none, so any `….NotFound`).
EXPECTED_PLACEMENTS = {
    'vpc': ('Vpc', 'VpcId', {'create': ['CreateVpc'], 'read': ['DescribeVpcAttribute', 'DescribeVpcs'],
                             'modify': ['ModifyVpcAttribute'], 'delete': ['DeleteVpc']}, 'InvalidVpcId.NotFound'),
    'ecs': ('SecurityGroup', 'SecurityGroupId',
            {'create': ['CreateSecurityGroup'],
             'read': ['DescribeSecurityGroupAttribute', 'DescribeSecurityGroups'],
             'modify': ['ModifySecurityGroupAttribute'], 'delete': ['DeleteSecurityGroup']},
            'InvalidSecurityGroupId.NotFound'),
    'cs': ('Cluster', 'cluster_id', {'create': ['CreateCluster'], 'read': ['DescribeClusterDetail', 'DescribeClustersV1'],
                                     'modify': ['ModifyCluster'], 'delete': ['DeleteCluster']}, None),
}

failures = []
runtime = RuntimeOptions()


def check(name, condition, detail=''):
    print(f"{'ok' if condition else 'FAIL'}: {name}{'' if condition else ' -- ' + detail}")
    if not condition:
        failures.append(name)
    return condition


def describe_error(error):
    """An SDK exception in words: class, code, status, request id and the answer's body."""
    if isinstance(error, exceptions.AlibabaCloudException):
        return (f'{type(error).__name__} code={error.code} status={error.status_code} '
                f'request_id={error.request_id} answer={json.dumps(error.data, ensure_ascii=False)}')
    return f'{type(error).__name__}: {error}'


def call(name, function):
    """The SDK call's response, or None after a failed check naming the error."""
    try:
        return function()
    except Exception as error:  # noqa: BLE001 - any failure of the call is reported as one
        check(name, False, describe_error(error))
        return None


def expect_error(name, function, code, status, exception_class=exceptions.ClientException):
    """Checks that the call fails with `code` (a string, or a predicate on it) and `status`; the exception."""
    try:
        function()
    except exceptions.AlibabaCloudException as error:
        code_ok = code(error.code) if callable(code) else error.code == code
        wanted = getattr(code, 'description', code)
        ok = (isinstance(error, exception_class) and code_ok and error.status_code == status
              and bool(error.request_id) and error.request_id != 'None')
        check(f'{name}: {wanted} ({status})', ok,
              f'wanted {exception_class.__name__} {wanted} {status} with a request id, got {describe_error(error)}')
        return error
    except Exception as error:  # noqa: BLE001
        check(f'{name}: {exception_class.__name__}', False, describe_error(error))
        return None
    check(f'{name}: refused with {getattr(code, "description", code)}', False, 'the call succeeded')
    return None


def any_not_found(code):
    return bool(code) and code.endswith('.NotFound')


any_not_found.description = 'a ….NotFound code'


# MARK: The emulator


def emulator_environment():
    env = dict(os.environ)
    env['ALIBABA_CLOUD_ACCESS_KEY_ID'] = KEY_ID
    env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'] = KEY_SECRET
    env['ALIYUN_EMULATOR_CONTROL_TOKEN'] = CONTROL_TOKEN
    env.pop('ALIBABA_CLOUD_SECURITY_TOKEN', None)
    return env


def explain(executable, corpus, product):
    """`--explain PRODUCT` as {kind: {'identifier', 'create', 'read', 'modify', 'delete', 'notFound'}}."""
    result = subprocess.run(
        [executable, '--corpus', corpus, '--products', product, '--explain', product],
        capture_output=True, text=True, env=emulator_environment(), timeout=STARTUP_SECONDS)
    if result.returncode != 0:
        sys.exit(f'error: aliyun-emulator --explain {product} failed ({result.returncode}): {result.stderr.strip()}')
    resources = {}
    for line in result.stdout.splitlines():
        match = re.match(r'^resource (\S+) \(([^)]*)\): (.*)$', line)
        if not match:
            continue
        entry = {'identifier': match.group(2), 'notFound': None}
        for part in match.group(3).split('; '):
            role, _, rest = part.partition(' ')
            if role in ('create', 'read', 'modify', 'delete'):
                entry[role] = rest.split(', ')
            elif part.startswith('not found '):
                code = part[len('not found '):]
                entry['notFound'] = None if code == '(generic)' else code
        resources[match.group(1)] = entry
    return resources


def check_placements(executable, corpus):
    """Checks --explain places each driven resource whole; the NotFound code for each product's round trip."""
    codes = {}
    for product, (kind, identifier, roles, documented) in EXPECTED_PLACEMENTS.items():
        entry = explain(executable, corpus, product).get(kind)
        if not check(f'--explain {product} infers the resource {kind}', entry is not None, 'no such resource line'):
            codes[product] = documented or any_not_found
            continue
        check(f'--explain {product}: {kind} is identified by {identifier}', entry['identifier'] == identifier,
              repr(entry['identifier']))
        for role, operations in roles.items():
            placed = entry.get(role, [])
            check(f'--explain {product}: {kind} {role} {", ".join(operations)}',
                  all(operation in placed for operation in operations), f'placed: {placed}')
        if documented:
            check(f'--explain {product}: {kind} not found {documented}', entry['notFound'] == documented,
                  repr(entry['notFound']))
        else:
            print(f"note: --explain {product}: {kind} not found {entry['notFound'] or '(generic)'}")
        codes[product] = entry['notFound'] or documented or any_not_found
    return codes


def start_emulator(executable, corpus, stderr):
    process = subprocess.Popen(
        [executable, '--corpus', corpus, '--products', PRODUCTS, '--host', '127.0.0.1', '--port', '0'],
        stdout=subprocess.PIPE, stderr=stderr, env=emulator_environment(), text=True)
    first = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline().strip()), daemon=True)
    reader.start()
    reader.join(STARTUP_SECONDS)
    line = first[0] if first else ''
    prefix = 'listening on http://'
    if not line.startswith(prefix):
        process.kill()
        process.wait(timeout=10)
        sys.exit(f'error: the emulator printed {line!r} instead of "listening on http://HOST:PORT"'
                 f' within {STARTUP_SECONDS} s')
    return process, line[len(prefix):]


class Control:
    """The emulator's /_emulator/ endpoints, with the control token."""

    def __init__(self, endpoint):
        self.base = f'http://{endpoint}/_emulator'
        self.headers = {'Authorization': f'Bearer {CONTROL_TOKEN}'}

    def get(self, name):
        response = requests.get(f'{self.base}/{name}', headers=self.headers, timeout=30)
        response.raise_for_status()
        return response.json()

    def add_faults(self, faults):
        return requests.post(f'{self.base}/faults', headers=self.headers, json=faults, timeout=30)

    def clear_faults(self):
        requests.delete(f'{self.base}/faults', headers=self.headers, timeout=30).raise_for_status()

    def resources(self, kind, product):
        return [resource for resource in self.get('state').get('resources', [])
                if resource.get('kind') == kind and (resource.get('product') or '').lower() == product.lower()]


class Tamper:
    """Changes the signature of every request on its way out (requests' HTTPAdapter.send): the last character
    of the Authorization header (V3 and ROA), or the Signature query parameter (V1)."""

    def __enter__(self):
        self.original = requests.adapters.HTTPAdapter.send

        def send(adapter, request, **kwargs):
            if 'Authorization' in request.headers:
                value = request.headers['Authorization']
                request.headers['Authorization'] = value[:-1] + ('0' if value[-1] != '0' else '1')
            elif 'Signature=' in request.url:
                request.url = request.url.replace('Signature=', 'Signature=x', 1)
            return self.original(adapter, request, **kwargs)

        requests.adapters.HTTPAdapter.send = send
        return self

    def __exit__(self, *exc):
        requests.adapters.HTTPAdapter.send = self.original


def clients(endpoint, legacy):
    """VPC, ECS and CS clients, retries off; `legacy` signs with V1 (RPC) and ROA HMAC-SHA1 (CS)."""
    def config():
        return Config(access_key_id=KEY_ID, access_key_secret=KEY_SECRET, endpoint=endpoint, protocol='http',
                      region_id=REGION, signature_algorithm='v2' if legacy else None,
                      retry_options=RetryOptions({'retryable': False}))
    return VPCClient(config()), ECSClient(config()), CSClient(config())


# MARK: Round trips


def vpc_round_trip(label, client, control, not_found):
    name, renamed = f'round-trip-{label.lower()}', f'renamed-{label.lower()}'
    prefix = f'{label} vpc'
    created = call(f'{prefix}: CreateVpc', lambda: client.create_vpc_with_options(vpc.CreateVpcRequest(
        region_id=REGION, vpc_name=name, cidr_block='10.0.0.0/8', description='first'), runtime))
    if created is None:
        return
    vpc_id = created.body.vpc_id
    if not check(f'{prefix}: CreateVpc answers a VpcId and a RequestId',
                 bool(vpc_id) and vpc_id.startswith('vpc-') and bool(created.body.request_id),
                 json.dumps(created.body.to_map())):
        return
    stored = control.resources('Vpc', 'Vpc')
    check(f'{prefix}: /_emulator/state holds the VPC with its name',
          any(r['id'] == vpc_id and r['fields'].get('VpcName') == name for r in stored), json.dumps(stored))

    def listed(**filters):
        response = call(f'{prefix}: DescribeVpcs {filters}', lambda: client.describe_vpcs_with_options(
            vpc.DescribeVpcsRequest(region_id=REGION, **filters), runtime))
        if response is None:
            return None
        return [(v.vpc_id, v.vpc_name, v.cidr_block) for v in (response.body.vpcs.vpc or [])], response.body

    found = listed(vpc_id=vpc_id)
    if found:
        check(f'{prefix}: DescribeVpcs by VpcId finds it with its name and CIDR block',
              found[0] == [(vpc_id, name, '10.0.0.0/8')] and found[1].total_count == 1, repr(found[0]))
    found = listed(vpc_name=name)
    if found:
        check(f'{prefix}: DescribeVpcs by VpcName finds only it', [v[0] for v in found[0]] == [vpc_id], repr(found[0]))
    found = listed(vpc_id=vpc_id, vpc_name='another-name')
    if found:
        check(f'{prefix}: DescribeVpcs by VpcId and another VpcName finds nothing', found[0] == [], repr(found[0]))

    if call(f'{prefix}: ModifyVpcAttribute', lambda: client.modify_vpc_attribute_with_options(
            vpc.ModifyVpcAttributeRequest(region_id=REGION, vpc_id=vpc_id, vpc_name=renamed, description='second'),
            runtime)) is None:
        return
    attribute = call(f'{prefix}: DescribeVpcAttribute', lambda: client.describe_vpc_attribute_with_options(
        vpc.DescribeVpcAttributeRequest(region_id=REGION, vpc_id=vpc_id), runtime))
    if attribute:
        body = attribute.body
        check(f'{prefix}: DescribeVpcAttribute sees the new name and description',
              (body.vpc_id, body.vpc_name, body.description, body.cidr_block) == (vpc_id, renamed, 'second', '10.0.0.0/8'),
              json.dumps(body.to_map()))
    found = listed(vpc_id=vpc_id)
    if found:
        check(f'{prefix}: DescribeVpcs sees the new name', found[0] == [(vpc_id, renamed, '10.0.0.0/8')], repr(found[0]))

    if call(f'{prefix}: DeleteVpc', lambda: client.delete_vpc_with_options(
            vpc.DeleteVpcRequest(region_id=REGION, vpc_id=vpc_id), runtime)) is None:
        return
    found = listed(vpc_id=vpc_id)
    if found:
        check(f'{prefix}: after DeleteVpc, DescribeVpcs by VpcId is empty',
              found[0] == [] and found[1].total_count == 0, repr(found[0]))
    expect_error(f'{prefix}: after DeleteVpc, DescribeVpcAttribute', lambda: client.describe_vpc_attribute_with_options(
        vpc.DescribeVpcAttributeRequest(region_id=REGION, vpc_id=vpc_id), runtime), not_found, 404)
    expect_error(f'{prefix}: DeleteVpc again', lambda: client.delete_vpc_with_options(
        vpc.DeleteVpcRequest(region_id=REGION, vpc_id=vpc_id), runtime), not_found, 404)
    expect_error(f'{prefix}: ModifyVpcAttribute of the deleted VPC', lambda: client.modify_vpc_attribute_with_options(
        vpc.ModifyVpcAttributeRequest(region_id=REGION, vpc_id=vpc_id, vpc_name='again'), runtime), not_found, 404)
    check(f'{prefix}: /_emulator/state no longer holds the VPC',
          all(r['id'] != vpc_id for r in control.resources('Vpc', 'Vpc')))
    if not any(f.startswith(prefix) for f in failures):
        print(f'ok: {prefix} round trip: CreateVpc → DescribeVpcs → ModifyVpcAttribute → DescribeVpcAttribute, '
              f'DescribeVpcs → DeleteVpc → {getattr(not_found, "description", not_found)}')


def ecs_round_trip(label, client, control, not_found):
    name, renamed = f'round-trip-{label.lower()}', f'renamed-{label.lower()}'
    prefix = f'{label} ecs security group'
    created = call(f'{prefix}: CreateSecurityGroup', lambda: client.create_security_group_with_options(
        ecs.CreateSecurityGroupRequest(region_id=REGION, security_group_name=name, description='first'), runtime))
    if created is None:
        return
    group_id = created.body.security_group_id
    if not check(f'{prefix}: CreateSecurityGroup answers a SecurityGroupId and a RequestId',
                 bool(group_id) and group_id.startswith('sg-') and bool(created.body.request_id),
                 json.dumps(created.body.to_map())):
        return

    def listed(**filters):
        response = call(f'{prefix}: DescribeSecurityGroups {filters}', lambda: client.describe_security_groups_with_options(
            ecs.DescribeSecurityGroupsRequest(region_id=REGION, **filters), runtime))
        if response is None:
            return None
        groups = response.body.security_groups.security_group if response.body.security_groups else None
        return [(g.security_group_id, g.security_group_name, g.description) for g in (groups or [])], response.body

    found = listed(security_group_id=group_id)
    if found:
        check(f'{prefix}: DescribeSecurityGroups by SecurityGroupId finds it with its name',
              found[0] == [(group_id, name, 'first')] and found[1].total_count == 1, repr(found[0]))
    found = listed(security_group_name=name)
    if found:
        check(f'{prefix}: DescribeSecurityGroups by SecurityGroupName finds only it',
              [g[0] for g in found[0]] == [group_id], repr(found[0]))

    if call(f'{prefix}: ModifySecurityGroupAttribute', lambda: client.modify_security_group_attribute_with_options(
            ecs.ModifySecurityGroupAttributeRequest(region_id=REGION, security_group_id=group_id,
                                                    security_group_name=renamed, description='second'),
            runtime)) is None:
        return
    attribute = call(f'{prefix}: DescribeSecurityGroupAttribute',
                     lambda: client.describe_security_group_attribute_with_options(
                         ecs.DescribeSecurityGroupAttributeRequest(region_id=REGION, security_group_id=group_id),
                         runtime))
    if attribute:
        body = attribute.body
        check(f'{prefix}: DescribeSecurityGroupAttribute sees the new name and description',
              (body.security_group_id, body.security_group_name, body.description) == (group_id, renamed, 'second'),
              json.dumps(body.to_map()))
    found = listed(security_group_id=group_id)
    if found:
        check(f'{prefix}: DescribeSecurityGroups sees the new name', found[0] == [(group_id, renamed, 'second')],
              repr(found[0]))

    if call(f'{prefix}: DeleteSecurityGroup', lambda: client.delete_security_group_with_options(
            ecs.DeleteSecurityGroupRequest(region_id=REGION, security_group_id=group_id), runtime)) is None:
        return
    found = listed(security_group_id=group_id)
    if found:
        check(f'{prefix}: after DeleteSecurityGroup, DescribeSecurityGroups by SecurityGroupId is empty',
              found[0] == [] and found[1].total_count == 0, repr(found[0]))
    expect_error(f'{prefix}: after DeleteSecurityGroup, DescribeSecurityGroupAttribute',
                 lambda: client.describe_security_group_attribute_with_options(
                     ecs.DescribeSecurityGroupAttributeRequest(region_id=REGION, security_group_id=group_id), runtime),
                 not_found, 404)
    expect_error(f'{prefix}: DeleteSecurityGroup again', lambda: client.delete_security_group_with_options(
        ecs.DeleteSecurityGroupRequest(region_id=REGION, security_group_id=group_id), runtime), not_found, 404)
    check(f'{prefix}: /_emulator/state no longer holds the security group',
          all(r['id'] != group_id for r in control.resources('SecurityGroup', 'Ecs')))
    if not any(f.startswith(prefix) for f in failures):
        print(f'ok: {prefix} round trip: CreateSecurityGroup → DescribeSecurityGroups → ModifySecurityGroupAttribute'
              f' → DescribeSecurityGroupAttribute, DescribeSecurityGroups → DeleteSecurityGroup → '
              f'{getattr(not_found, "description", not_found)}')


def new_cluster_request(name):
    return cs.CreateClusterRequest(
        name=name, region_id=REGION, cluster_type='ManagedKubernetes', vpcid='vpc-round-trip',
        service_cidr='172.21.0.0/20', vswitch_ids=['vsw-round-trip'], deletion_protection=False)


def cs_round_trip(label, client, control, not_found):
    name = f'round-trip-{label.lower()}'
    prefix = f'{label} cs cluster'
    created = call(f'{prefix}: CreateCluster', lambda: client.create_cluster_with_options(
        new_cluster_request(name), {}, runtime))
    if created is None:
        return
    cluster_id = created.body.cluster_id
    if not check(f'{prefix}: CreateCluster answers a cluster_id', bool(cluster_id), json.dumps(created.body.to_map())):
        return
    # CreateCluster, ModifyCluster and DeleteCluster document `request_id` in their answers (CS spells it so).
    check(f'{prefix}: CreateCluster answers its documented request_id', bool(created.body.request_id),
          f'body {json.dumps(created.body.to_map())}, x-acs-request-id {created.headers.get("x-acs-request-id")}')

    def detail():
        response = call(f'{prefix}: DescribeClusterDetail', lambda: client.describe_cluster_detail_with_options(
            cluster_id, {}, runtime))
        return response.body if response else None

    def listed(**filters):
        response = call(f'{prefix}: DescribeClustersV1 {filters}', lambda: client.describe_clusters_v1with_options(
            cs.DescribeClustersV1Request(region_id=REGION, **filters), {}, runtime))
        if response is None:
            return None
        return [(c.cluster_id, c.name, c.deletion_protection) for c in (response.body.clusters or [])], response.body

    body = detail()
    if body:
        check(f'{prefix}: DescribeClusterDetail finds it with its name, type and VPC',
              (body.cluster_id, body.name, body.cluster_type, body.vpc_id, body.deletion_protection)
              == (cluster_id, name, 'ManagedKubernetes', 'vpc-round-trip', False), json.dumps(body.to_map()))
    found = listed(cluster_id=cluster_id)
    if found:
        check(f'{prefix}: DescribeClustersV1 by cluster_id finds it',
              found[0] == [(cluster_id, name, False)] and found[1].page_info and found[1].page_info.total_count == 1,
              repr(found[0]))
    found = listed(name=name)
    if found:
        check(f'{prefix}: DescribeClustersV1 by name finds only it', [c[0] for c in found[0]] == [cluster_id],
              repr(found[0]))

    # ModifyCluster's fields of the same name as the cluster's: deletion_protection (its `cluster_name` renames
    # `name` on the service, a field of another name, which the emulator does not link).
    modified = call(f'{prefix}: ModifyCluster', lambda: client.modify_cluster_with_options(
        cluster_id, cs.ModifyClusterRequest(deletion_protection=True), {}, runtime))
    if modified is None:
        return
    check(f'{prefix}: ModifyCluster answers its documented request_id', bool(modified.body.request_id),
          f'body {json.dumps(modified.body.to_map())}')
    body = detail()
    if body:
        check(f'{prefix}: DescribeClusterDetail sees deletion_protection turned on',
              (body.cluster_id, body.name, body.deletion_protection) == (cluster_id, name, True),
              json.dumps(body.to_map()))
    found = listed(cluster_id=cluster_id)
    if found:
        check(f'{prefix}: DescribeClustersV1 sees deletion_protection turned on', found[0] == [(cluster_id, name, True)],
              repr(found[0]))

    deleted = call(f'{prefix}: DeleteCluster', lambda: client.delete_cluster_with_options(
        cluster_id, cs.DeleteClusterRequest(), {}, runtime))
    if deleted is None:
        return
    check(f'{prefix}: DeleteCluster answers its documented request_id', bool(deleted.body.request_id),
          f'body {json.dumps(deleted.body.to_map())}')
    found = listed(cluster_id=cluster_id)
    if found:
        check(f'{prefix}: after DeleteCluster, DescribeClustersV1 by cluster_id is empty', found[0] == [],
              repr(found[0]))
    expect_error(f'{prefix}: after DeleteCluster, DescribeClusterDetail',
                 lambda: client.describe_cluster_detail_with_options(cluster_id, {}, runtime), not_found, 404)
    expect_error(f'{prefix}: DeleteCluster again', lambda: client.delete_cluster_with_options(
        cluster_id, cs.DeleteClusterRequest(), {}, runtime), not_found, 404)
    expect_error(f'{prefix}: ModifyCluster of the deleted cluster', lambda: client.modify_cluster_with_options(
        cluster_id, cs.ModifyClusterRequest(deletion_protection=False), {}, runtime), not_found, 404)
    check(f'{prefix}: /_emulator/state no longer holds the cluster',
          all(r['id'] != cluster_id for r in control.resources('Cluster', 'CS')))
    if not any(f.startswith(prefix) for f in failures):
        print(f'ok: {prefix} round trip (ROA): CreateCluster → DescribeClusterDetail, DescribeClustersV1 → '
              f'ModifyCluster → DescribeClusterDetail, DescribeClustersV1 → DeleteCluster → '
              f'{getattr(not_found, "description", not_found)}')


# MARK: Rules, signatures, faults, journal


def documented_rules(vpc_client, ecs_client, cs_client, control):
    before = len(control.get('state').get('resources', []))
    expect_error('VPC CreateVpc named http://… (a documented rule)', lambda: vpc_client.create_vpc_with_options(
        vpc.CreateVpcRequest(region_id=REGION, vpc_name='http://round-trip'), runtime),
        'InvalidVpcName.Malformed', 400)
    expect_error('ECS CreateSecurityGroup named http://… (a documented rule)',
                 lambda: ecs_client.create_security_group_with_options(ecs.CreateSecurityGroupRequest(
                     region_id=REGION, security_group_name='http://round-trip'), runtime),
                 'InvalidSecurityGroupName.Malformed', 400)
    expect_error('CS CreateCluster named -… (a documented rule, no documented code)',
                 lambda: cs_client.create_cluster_with_options(new_cluster_request('-round-trip'), {}, runtime),
                 'InvalidParameter', 400)
    after = len(control.get('state').get('resources', []))
    check('the refused creates made no resource', after == before, f'{before} resources before, {after} after')


def tampered_signatures(label, vpc_client, ecs_client, cs_client):
    with Tamper():
        expect_error(f'{label} VPC DescribeVpcs, tampered signature', lambda: vpc_client.describe_vpcs_with_options(
            vpc.DescribeVpcsRequest(region_id=REGION), runtime), 'SignatureDoesNotMatch', 400)
        expect_error(f'{label} ECS DescribeSecurityGroups, tampered signature',
                     lambda: ecs_client.describe_security_groups_with_options(
                         ecs.DescribeSecurityGroupsRequest(region_id=REGION), runtime), 'SignatureDoesNotMatch', 400)
        cs_label = 'ROA' if label == 'V1' else label
        expect_error(f'{cs_label} CS DescribeClustersV1, tampered signature',
                     lambda: cs_client.describe_clusters_v1with_options(
                         cs.DescribeClustersV1Request(), {}, runtime), 'SignatureDoesNotMatch', 400)


def faults_per_product(vpc_client, ecs_client, cs_client, control):
    control.clear_faults()
    fault = {'kind': 'error', 'code': 'Throttling.User', 'status': 400, 'action': 'DescribeVpcs', 'product': 'Vpc'}
    posted = control.add_faults([fault])
    check('POST /_emulator/faults takes a fault scoped to product Vpc, action DescribeVpcs', posted.status_code == 200,
          f'{posted.status_code} {posted.text}')
    waiting = control.get('faults')
    check('the waiting fault keeps its product', [f.get('product') for f in waiting] == ['Vpc'],
          f'GET /_emulator/faults after POST {json.dumps([fault])}: {json.dumps(waiting)}')
    # ECS has a DescribeVpcs of its own: the same action of another product.
    call('ECS DescribeVpcs (same action, product Ecs) is not faulted', lambda: ecs_client.describe_vpcs_with_options(
        ecs.DescribeVpcsRequest(region_id=REGION), runtime))
    call('ECS DescribeSecurityGroups is not faulted', lambda: ecs_client.describe_security_groups_with_options(
        ecs.DescribeSecurityGroupsRequest(region_id=REGION), runtime))
    expect_error('VPC DescribeVpcs with the fault waiting', lambda: vpc_client.describe_vpcs_with_options(
        vpc.DescribeVpcsRequest(region_id=REGION), runtime), 'Throttling.User', 400)
    call('VPC DescribeVpcs once the fault is used up', lambda: vpc_client.describe_vpcs_with_options(
        vpc.DescribeVpcsRequest(region_id=REGION), runtime))
    control.clear_faults()

    fault = {'kind': 'error', 'code': 'Throttling.User', 'status': 400, 'product': 'CS',
             'retryAfterMilliseconds': 1500}
    posted = control.add_faults([fault])
    check('POST /_emulator/faults takes a fault scoped to product CS, every action', posted.status_code == 200,
          f'{posted.status_code} {posted.text}')
    call('VPC DescribeVpcs is not faulted by the CS fault', lambda: vpc_client.describe_vpcs_with_options(
        vpc.DescribeVpcsRequest(region_id=REGION), runtime))
    call('ECS DescribeSecurityGroups is not faulted by the CS fault',
         lambda: ecs_client.describe_security_groups_with_options(
             ecs.DescribeSecurityGroupsRequest(region_id=REGION), runtime))
    error = expect_error('CS DescribeClustersV1 with the CS fault waiting (x-acs-retry-after)',
                         lambda: cs_client.describe_clusters_v1with_options(cs.DescribeClustersV1Request(), {}, runtime),
                         'Throttling.User', 400, exceptions.ThrottlingException)
    if error is not None:
        check('the SDK reads the retry-after of 1500 ms', getattr(error, 'retry_after', None) == 1500,
              repr(getattr(error, 'retry_after', None)))
    call('CS DescribeClustersV1 once the fault is used up', lambda: cs_client.describe_clusters_v1with_options(
        cs.DescribeClustersV1Request(), {}, runtime))
    waiting = control.get('faults')
    check('no fault is left waiting', waiting == [], json.dumps(waiting))
    control.clear_faults()


def journal_checks(endpoint, control):
    check('the control endpoints refuse a request without the control token',
          requests.get(f'http://{endpoint}/_emulator/requests', timeout=10).status_code == 401)
    journal = control.get('requests')
    cs_actions = {'CreateCluster', 'DescribeClusterDetail', 'DescribeClustersV1', 'ModifyCluster', 'DeleteCluster'}
    rpc_versions = {e.get('signatureVersion') for e in journal
                    if e.get('status') == 200 and e.get('action') not in cs_actions}
    roa_versions = {e.get('signatureVersion') for e in journal
                    if e.get('status') == 200 and e.get('action') in cs_actions}
    check('the emulator verified V3 and V1 signatures of the VPC and ECS SDKs', rpc_versions == {'v3', 'v1'},
          repr(rpc_versions))
    # The journal names the ROA HMAC-SHA1 signature `v1`, as the runtime's SignatureVersion does.
    check('the emulator verified V3 and ROA signatures of the CS SDK', roa_versions == {'v3', 'v1'}, repr(roa_versions))
    # The two faults, each answered once (the SDKs did not retry): VPC's DescribeVpcs, then CS's DescribeClustersV1.
    faulted = [e for e in journal if e.get('fault')]
    check('each injected fault was answered once, to the call it was scoped to: the SDKs did not retry',
          [(e.get('action'), e.get('code')) for e in faulted]
          == [('DescribeVpcs', 'Throttling.User'), ('DescribeClustersV1', 'Throttling.User')],
          json.dumps(faulted))
    refused = [e for e in journal if e.get('code') == 'SignatureDoesNotMatch']
    check('the journal records the six tampered requests as SignatureDoesNotMatch', len(refused) == 6,
          f'{len(refused)}: {json.dumps(refused)}')
    internal = [e for e in journal if (e.get('status') or 0) >= 500]
    check('no call answered a server error', internal == [], json.dumps(internal))
    remaining = control.get('state').get('resources', [])
    check('every resource the round trips made is gone', remaining == [], json.dumps(remaining))


def run(endpoint, not_found):
    control = Control(endpoint)
    for label, legacy in (('V3', False), ('V1', True)):
        vpc_client, ecs_client, cs_client = clients(endpoint, legacy)
        vpc_round_trip(label, vpc_client, control, not_found['vpc'])
        ecs_round_trip(label, ecs_client, control, not_found['ecs'])
        cs_round_trip('ROA' if legacy else label, cs_client, control, not_found['cs'])
        tampered_signatures(label, vpc_client, ecs_client, cs_client)
    vpc_client, ecs_client, cs_client = clients(endpoint, legacy=False)
    documented_rules(vpc_client, ecs_client, cs_client, control)
    faults_per_product(vpc_client, ecs_client, cs_client, control)
    journal_checks(endpoint, control)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    executable, corpus = sys.argv[1], sys.argv[2]
    not_found = check_placements(executable, corpus)
    with tempfile.TemporaryFile(mode='w+') as stderr:
        process, endpoint = start_emulator(executable, corpus, stderr)
        try:
            run(endpoint, not_found)
        finally:
            process.terminate()
            process.wait(timeout=10)
        if failures:
            stderr.seek(0)
            lines = stderr.read().splitlines()
            print(f'the emulator\'s standard error (last {min(len(lines), 40)} of {len(lines)} lines):')
            for line in lines[-40:]:
                print(f'  {line}')
    print(f'{len(failures)} failed' if failures else 'all checks passed')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
