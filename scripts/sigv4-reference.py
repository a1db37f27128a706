"""Signs requests with botocore's own SigV4 signer, for the Swift signer's tests to compare against.

Input on stdin: a JSON list of {"method", "url", "headers": [[name, value], ...], "body" (text), "service",
"region", "access_key", "secret_key", "token" (or null), "timestamp" ("YYYYMMDDTHHMMSSZ"), "unsigned_payload"}.
Output: a JSON list of {"canonical_request", "authorization", "headers": [[name, value], ...]}, in order.
"""
import json
import sys

from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

results = []
for case in json.load(sys.stdin):
    credentials = Credentials(case["access_key"], case["secret_key"], case.get("token"))
    signer_type = S3SigV4Auth if case["service"] == "s3" else SigV4Auth
    signer = signer_type(credentials, case["service"], case["region"])
    request = AWSRequest(method=case["method"], url=case["url"], data=case["body"].encode("utf-8"))
    for name, value in case["headers"]:
        request.headers[name] = value
    # Freeze the clock the way add_auth would set it, then run add_auth's own steps.
    request.context["timestamp"] = case["timestamp"]
    if case["unsigned_payload"]:
        request.context["payload_signing_enabled"] = False
        request.context["client_config"] = Config(s3={"payload_signing_enabled": False})
    signer._modify_request_before_signing(request)
    canonical = signer.canonical_request(request)
    string_to_sign = signer.string_to_sign(request, canonical)
    signature = signer.signature(string_to_sign, request)
    signer._inject_signature_to_request(request, signature)
    results.append({"canonical_request": canonical, "authorization": request.headers["Authorization"],
                    "headers": [[name, value] for name, value in request.headers.items()]})
json.dump(results, sys.stdout)
