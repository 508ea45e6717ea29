"""Property-based requests generated from the app's own OpenAPI spec (schemathesis, against the
ASGI app): no server errors, and every answer matches the documented status codes, content types
and response schemas.

Driven through schemathesis' Python API (operations -> Hypothesis strategies) rather than its
pytest plugin, whose fixture-based loader does not run under pytest 9.
"""

from __future__ import annotations

import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from servekit import TOKEN

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 50  # per operation: the 12 operations run in well under two minutes


@pytest.fixture(scope="module")
def api_schema(store_db, tmp_path_factory):
    from accord.serve import create_app

    copy = tmp_path_factory.mktemp("schemathesis") / "store.duckdb"
    shutil.copy(store_db, copy)  # POSTs write to it
    app = create_app(copy, token=TOKEN, max_body_bytes=50_000)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_spec_has_every_operation(api_schema):
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert "POST /api/articles" in labels and "GET /api/dyads/{a}/{b}/series" in labels
    assert len(labels) == 12


def test_api_conforms_to_its_spec(api_schema):
    tried: dict[str, int] = {}
    for result in api_schema.get_all_operations():
        operation = result.ok()
        tried[operation.label] = 0

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            tried[operation.label] += 1
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

        run()
    print(f"schemathesis: {sum(tried.values())} requests over {len(tried)} operations, no failures")
    assert all(tried.values()), tried
