"""Validates docs/openapi.yaml as OpenAPI 3.1, then each recorded response against the schema the document gives it.

Input on stdin: a JSON list of {"path": "/api/...", "method": "get", "status": 200, "content_type": "...",
"template": "/api/questions/{id}", "body": <parsed JSON>}. Prints one line per problem; exits 1 if any.
"""
import json
import sys

import jsonschema
import yaml
from openapi_spec_validator import validate

with open(sys.argv[1], encoding="utf-8") as file:
    document = yaml.safe_load(file)
validate(document)

problems = []
for exchange in json.load(sys.stdin):
    operation = document["paths"].get(exchange["template"], {}).get(exchange["method"])
    if operation is None:
        problems.append(f"{exchange['method'].upper()} {exchange['template']}: not documented")
        continue
    response = operation["responses"].get(str(exchange["status"]))
    if response is not None and "$ref" in response:
        # Shared responses live under components/responses: "#/components/responses/NotFound".
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    if response is None:
        problems.append(f"{exchange['method'].upper()} {exchange['path']}: status {exchange['status']} not documented")
        continue
    media = response.get("content", {}).get(exchange["content_type"].split(";")[0])
    if media is None:
        problems.append(f"{exchange['method'].upper()} {exchange['path']}: {exchange['content_type']} not documented")
        continue
    # The components ride along so that "#/components/schemas/..." references resolve inside this schema.
    schema = dict(media["schema"], components=document["components"])
    validator = jsonschema.Draft202012Validator(schema)
    for error in validator.iter_errors(exchange["body"]):
        location = "/".join(str(part) for part in error.absolute_path)
        problems.append(f"{exchange['method'].upper()} {exchange['path']}: {location or '(root)'}: {error.message}")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
