"""Records how the official Python `alibabacloud-credentials` (PyPI) resolves credentials, scenario by scenario:
which source of its default chain answers, and the STS and ECS-metadata requests it makes on the way.

Each scenario is a home directory's files and an environment. It runs in a fresh interpreter (the library
reads the environment when it is imported) with `Tea.core.TeaCore.do_action`, through which every source
sends, replaced by a recorder that answers STS with credentials numbered by call (`STS.assumed-1`, ...) and
the metadata service with an IMDSv2 token and a role's credentials (`STS.ecs`). Nothing reaches the network.

Usage: python record_chain.py OUTPUT.json   (Tests/AliyunRuntimeTests/Fixtures/official-credentials-chain.json)
The Swift test (OfficialCredentialsChainTests) replays every scenario through DefaultCredentialsChain with a
transport that answers the same way, and compares the credentials and the requests.
"""

import json
import os
import subprocess
import sys
import tempfile
from importlib.metadata import version

ACCOUNT = "1234567890123456"
ROLE = f"acs:ram::{ACCOUNT}:role/ops"
AK = {"access_key_id": "LTAI-base", "access_key_secret": "base-secret"}


def cli(current, *profiles):
    return json.dumps({"current": current, "profiles": list(profiles)})


SCENARIOS = [
    {"name": "environment access key", "environment": {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI-env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "env-secret"}},
    {"name": "environment STS token", "environment": {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "STS.env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "env-secret",
        "ALIBABA_CLOUD_SECURITY_TOKEN": "env-token"}},
    {"name": "the environment before aliyun-cli's profile",
     "environment": {"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI-env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "env-secret"},
     "files": {".aliyun/config.json": cli("default", {"name": "default", "mode": "AK", **AK})}},
    {"name": "aliyun-cli's current AK profile before the credentials file",
     "files": {
         ".aliyun/config.json": cli("work", {"name": "default", "mode": "AK", **AK},
                                    {"name": "work", "mode": "AK", "access_key_id": "LTAI-work",
                                     "access_key_secret": "work-secret"}),
         ".alibabacloud/credentials.ini": "[default]\ntype = access_key\naccess_key_id = LTAI-ini\naccess_key_secret = s\n"}},
    {"name": "ALIBABA_CLOUD_PROFILE picks aliyun-cli's StsToken profile",
     "environment": {"ALIBABA_CLOUD_PROFILE": "temp"},
     "files": {".aliyun/config.json": cli("default", {"name": "default", "mode": "AK", **AK},
                                          {"name": "temp", "mode": "StsToken", "access_key_id": "STS.cli",
                                           "access_key_secret": "s", "sts_token": "cli-token"})}},
    {"name": "aliyun-cli RamRoleArn with a region, session, duration, policy and external ID",
     "files": {".aliyun/config.json": cli("role", {
         "name": "role", "mode": "RamRoleArn", **AK, "ram_role_arn": ROLE, "ram_session_name": "nightly",
         "expired_seconds": 1200, "policy": '{"Statement":[]}', "external_id": "ext-1", "sts_region": "cn-hangzhou"})}},
    {"name": "aliyun-cli ChainableRamRoleArn: the source profile's role signs the next AssumeRole",
     "files": {".aliyun/config.json": cli("admin",
                                          {"name": "base", "mode": "AK", **AK},
                                          {"name": "reader", "mode": "ChainableRamRoleArn", "source_profile": "base",
                                           "ram_role_arn": ROLE, "ram_session_name": "first"},
                                          {"name": "admin", "mode": "ChainableRamRoleArn",
                                           "source_profile": "reader",
                                           "ram_role_arn": f"acs:ram::{ACCOUNT}:role/admin",
                                           "ram_session_name": "second"})}},
    {"name": "aliyun-cli OIDC profile",
     "files": {"token": "header.payload.signature",
               ".aliyun/config.json": cli("oidc", {
                   "name": "oidc", "mode": "OIDC", "ram_role_arn": ROLE,
                   "oidc_provider_arn": f"acs:ram::{ACCOUNT}:oidc-provider/ack", "oidc_token_file": "HOME/token",
                   "role_session_name": "pod", "expired_seconds": 1800})}},
    {"name": "aliyun-cli EcsRamRole profile: IMDSv2 token, then the named role's credentials",
     "files": {".aliyun/config.json": cli("ecs", {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "EcsRole"})}},
    {"name": "an unusable aliyun-cli profile passes to the credentials file",
     "files": {".aliyun/config.json": cli("default", {"name": "default", "mode": "Unknown"}),
               ".alibabacloud/credentials.ini": "[default]\naccess_key_id = LTAI-ini\naccess_key_secret = s\ntype = access_key\n"}},
    {"name": "ALIBABA_CLOUD_CLI_PROFILE_DISABLED skips aliyun-cli's file",
     "environment": {"ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "true"},
     "files": {".aliyun/config.json": cli("default", {"name": "default", "mode": "AK", **AK}),
               ".alibabacloud/credentials.ini": "[default]\ntype = access_key\naccess_key_id = LTAI-ini\naccess_key_secret = s\n"}},
    {"name": "ALIBABA_CLOUD_CREDENTIALS_FILE, a named profile, configparser's syntax",
     "environment": {"ALIBABA_CLOUD_CREDENTIALS_FILE": "HOME/other.ini", "ALIBABA_CLOUD_PROFILE": "second"},
     "files": {"other.ini": "[default]\ntype = access_key\naccess_key_id = LTAI-first\naccess_key_secret = s\n\n"
                            "[second]\nTYPE: access_key\nAccess_Key_Id = LTAI-second  # a comment\naccess_key_secret = s\n"}},
    {"name": "the credentials file's ram_role_arn at the default STS endpoint",
     "files": {".alibabacloud/credentials.ini": "[default]\ntype = ram_role_arn\naccess_key_id = LTAI-base\n"
                                            "access_key_secret = base-secret\nrole_arn = " + ROLE + "\n"
                                            "role_session_name = from-ini\n"}},
    {"name": "the credentials file's oidc_role_arn",
     "files": {"token": "header.payload.signature",
               ".alibabacloud/credentials.ini": "[default]\ntype = oidc_role_arn\nrole_arn = " + ROLE + "\n"
                                            f"oidc_provider_arn = acs:ram::{ACCOUNT}:oidc-provider/ack\n"
                                            "oidc_token_file_path = HOME/token\nrole_session_name = ini-pod\n"}},
    {"name": "an OIDC role from the environment before aliyun-cli's profile, at the VPC endpoint of a region",
     "environment": {"ALIBABA_CLOUD_ROLE_ARN": ROLE,
                     "ALIBABA_CLOUD_OIDC_PROVIDER_ARN": f"acs:ram::{ACCOUNT}:oidc-provider/ack",
                     "ALIBABA_CLOUD_OIDC_TOKEN_FILE": "HOME/token", "ALIBABA_CLOUD_ROLE_SESSION_NAME": "rrsa",
                     "ALIBABA_CLOUD_STS_REGION": "cn-beijing", "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED": "true"},
     "files": {"token": "header.payload.signature",
               ".aliyun/config.json": cli("default", {"name": "default", "mode": "AK", **AK})}},
    {"name": "nothing configured but the instance's role: the ECS metadata service",
     "environment": {"ALIBABA_CLOUD_ECS_METADATA": "EcsRole"}},
]

# The parameters of an STS call that say what it asks for (signatures, dates and nonces differ by design).
STS_PARAMETERS = ["Action", "RoleArn", "RoleSessionName", "DurationSeconds", "Policy", "ExternalId",
                  "OIDCProviderArn", "OIDCToken", "AccessKeyId", "SecurityToken"]


def answer(host, method, path, query, calls):
    """The reply the recorder and the Swift test both give."""
    if host.startswith("100.100.100.200"):
        if method == "PUT" and path == "/latest/api/token":
            return 200, "imds-token"
        if path == "/latest/meta-data/ram/security-credentials/":
            return 200, "EcsRole"
        if path.startswith("/latest/meta-data/ram/security-credentials/"):
            return 200, json.dumps({"Code": "Success", "AccessKeyId": "STS.ecs", "AccessKeySecret": "ecs-secret",
                                    "SecurityToken": "ecs-token", "Expiration": "2099-01-01T00:00:00Z"})
        return 404, ""
    number = sum(1 for call in calls if call.get("action"))
    return 200, json.dumps({"RequestId": "R", "Credentials": {
        "AccessKeyId": f"STS.assumed-{number}", "AccessKeySecret": f"assumed-secret-{number}",
        "SecurityToken": f"assumed-token-{number}", "Expiration": "2099-01-01T00:00:00Z"}})


def run_one(scenario):
    """In the child: resolve with the official chain, recording every request."""
    from Tea.core import TeaCore
    from Tea.response import TeaResponse
    calls = []

    def do_action(request, runtime_option=None):
        host = request.headers.get("host", "")
        query = dict(request.query or {})
        if host.startswith("100.100.100.200"):
            call = {"host": host, "method": request.method, "path": request.pathname}
            if "X-aliyun-ecs-metadata-token" in request.headers:
                call["metadataToken"] = request.headers["X-aliyun-ecs-metadata-token"]
        else:
            call = {"host": host, "action": query.get("Action"),
                    "parameters": {k: str(query[k]) for k in STS_PARAMETERS if k in query and k != "Action"}}
        calls.append(call)
        status, body = answer(host, request.method, request.pathname, query, calls)
        response = TeaResponse()
        response.status_code = status
        response.status_message = "OK"
        response.headers = {}
        response.body = body.encode()
        return response

    TeaCore.do_action = staticmethod(do_action)
    from alibabacloud_credentials.provider.default import DefaultCredentialsProvider
    result = {}
    try:
        credentials = DefaultCredentialsProvider().get_credentials()
        result["accessKeyId"] = credentials.get_access_key_id()
        result["securityToken"] = credentials.get_security_token() or None
    except Exception as error:  # recorded, never raised: a scenario may expect no credentials
        result["error"] = type(error).__name__
    result["requests"] = calls
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # the ECS provider's scheduler thread must not keep the child alive


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        run_one(json.loads(sys.argv[2]))
    output = sys.argv[1]
    recorded = []
    for scenario in SCENARIOS:
        with tempfile.TemporaryDirectory() as home:
            for path, text in scenario.get("files", {}).items():
                full = os.path.join(home, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", encoding="utf-8") as file:
                    file.write(text.replace("HOME/", home + "/"))
            environment = {"HOME": home, "PATH": os.environ.get("PATH", "")}
            for key, value in scenario.get("environment", {}).items():
                environment[key] = value.replace("HOME/", home + "/")
            child = subprocess.run([sys.executable, __file__, "--child", json.dumps(scenario)], env=environment,
                                   capture_output=True, text=True, timeout=60, check=True)
            result = json.loads(child.stdout.strip().splitlines()[-1])
        for request in result["requests"]:
            for key, value in list(request.get("parameters", {}).items()):
                request["parameters"][key] = value.replace(home + "/", "HOME/")
        recorded.append({**scenario, "official": result})
    with open(output, "w", encoding="utf-8") as file:
        json.dump({"generator": f"alibabacloud-credentials {version('alibabacloud-credentials')}",
                   "scenarios": recorded}, file, indent=2, ensure_ascii=False, sort_keys=True)
        file.write("\n")
    print(f"{len(recorded)} scenarios recorded in {output}")


if __name__ == "__main__":
    main()
