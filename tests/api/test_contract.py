"""Contract test: schemathesis generates requests from /openapi.json and checks every
response against the schema, against the real server on loopback (bounded in count)."""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

EXAMPLES = 12


def test_contract_api_conforms_to_openapi(live_server):
    schema = schemathesis.openapi.from_url(f"{live_server}/openapi.json")
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            if case.path == "/api/extract":
                case.body = {"text": "Egypt praised Jordan on Monday.",
                             "published": "2021-05-03"}
            case.call_and_validate()

        check()
        checked.append(f"{operation.method.upper()} {operation.path}")
    assert "POST /api/extract" in checked and "GET /api/events" in checked
    assert len(checked) >= 9
