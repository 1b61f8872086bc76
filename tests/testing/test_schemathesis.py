"""A bounded schemathesis run: generated requests for every operation, responses checked.

The fake is intentionally lenient about some inputs (it clamps `limit` instead of refusing it,
ignores unknown `access` levels and answers 404 for any unreadable id), so only positive data is
generated and only the response-side checks run: server errors, documented status codes,
documented content types, response schemas and response headers. The input-strictness checks
(`negative_data_rejection`, `positive_data_acceptance`) and the stateful ones (`use_after_free`,
`ensure_resource_availability`) are left out on purpose.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import CheckFunction
from schemathesis.specs.openapi import checks

from soundcloud_async.testing import FakeSoundCloud

from ._spec import raw_spec
from .conftest import ManualClock

FAKE = FakeSoundCloud(
    seed=5, users=10, tracks=60, playlists=8, popular_followers=30, clock=ManualClock()
)
CHECKS: list[CheckFunction] = [
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]

schema = schemathesis.openapi.from_dict(raw_spec())
schema.app = FAKE.app
schema.config.generation.update(modes=[GenerationMode.POSITIVE], max_examples=4, deterministic=True)


@schema.parametrize()
@hypothesis.settings(
    max_examples=4,
    deadline=None,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_generated_requests_get_documented_responses(case: schemathesis.Case[Any]) -> None:
    # A fresh user token per call: a generated POST /sign-out must not end the next call's session.
    token = FAKE.issue_token()["access_token"]
    response = case.call(headers={"Authorization": f"OAuth {token}"})
    assert response.status_code < 500, response.text
    case.validate_response(response, checks=CHECKS)


def test_the_run_covers_every_operation() -> None:
    assert len(list(schema.get_all_operations())) == 72


pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
