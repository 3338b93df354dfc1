"""The API against its own OpenAPI schema: schemathesis generates requests for every operation and checks
each response (no server error, documented status code, body matching its schema, one error shape)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from sitrep.serve import create_app
from sitrep.serve.app import LOCAL_HOSTS


def test_api_conforms_to_its_schema(served_db):
    # schemathesis calls the app as host 'testserver'
    app = create_app(served_db, "schema-token", allowed_hosts=(*LOCAL_HOSTS, "testserver"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True
        )
        def check(case):
            response = case.call_and_validate()
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and body["error"]["message"], body

        check()
