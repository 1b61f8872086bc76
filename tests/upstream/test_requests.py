"""Our requests satisfy SoundCloud's contract, not only ours.

For every operation of spec/upstream/contract.yaml, the facade method that serves it (the
`x-sdk-method` of the operation with the same method and path in spec/openapi.yaml) is called with
representative arguments (all query filters, uploads with artwork, JSON and multipart variants)
through `SoundCloud(transport=httpx.MockTransport(...))`. Every request that reaches the API host
is validated against the upstream operation it addresses (tests/upstream/_contract.py), and the
`Authorization: OAuth <token>` header is checked literally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from ..endpoints._spec import Operation
from ..facade.conftest import ACCESS
from ..facade.test_reachability import mocked
from ._contract import UpstreamOperation, check_request, find_operation, upstream_operations
from ._facade import API_HOST, HANDWRITTEN, OURS, TRACK_JSON, Call, invoke, sample_case


@dataclass(frozen=True)
class RequestCase:
    upstream: UpstreamOperation
    ours: Operation
    variant: str
    call: Call | None  # None: the generated method with the spec's samples
    marks: tuple[Any, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{self.upstream.key} [{self.variant}]"


def cases() -> list[RequestCase]:
    found = []
    for up in upstream_operations():
        ours = OURS[(up.method, up.path)]
        variants = HANDWRITTEN.get(ours.operation_id) or [("samples", None, ())]
        found += [RequestCase(up, ours, name, call, marks) for name, call, marks in variants]
    return found


CASES = cases()


def respond(case: RequestCase, request: httpx.Request) -> httpx.Response:
    """The answer our spec documents; redirects stay on the API host; other hosts are 404."""
    if request.url.host != API_HOST:
        return httpx.Response(404, json={"code": 404, "message": "Not Found"})
    if case.ours.operation_id == "resolve" and request.url.path == "/resolve":
        target = "https://api.soundcloud.com/tracks/soundcloud:tracks:13158665"
        return httpx.Response(302, headers={"location": target}, json={"location": target})
    if request.url.path.startswith("/tracks/") and case.ours.operation_id == "resolve":
        return httpx.Response(200, json=TRACK_JSON)
    return mocked(case.ours, sample_case(case.ours))


async def send(case: RequestCase) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        sent.append(request)
        return respond(case, request)

    await invoke(case.ours, case.call, handler)
    return sent


def test_every_upstream_operation_has_a_case() -> None:
    keys = {case.upstream.key for case in CASES}
    assert len(keys) == len(upstream_operations()) == 64
    assert all((op.method, op.path) in OURS for op in upstream_operations())


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
async def test_request_fits_the_upstream_contract(case: RequestCase) -> None:
    sent = await send(case)
    on_api = [request for request in sent if request.url.host == API_HOST]
    own = [
        r for r in on_api if case.upstream.regex.match(r.url.raw_path.partition(b"?")[0].decode())
    ]
    assert own, [str(r.url) for r in sent]
    assert own[0].method == case.upstream.method
    problems = []
    for request in on_api:
        op = case.upstream if request is own[0] else find_operation(request)
        assert op is not None, f"{request.method} {request.url} is no upstream operation"
        problems += check_request(op, request)
        # SoundCloud's AuthHeader scheme: the literal word OAuth, one space, the token.
        assert request.headers.get("authorization") == f"OAuth {ACCESS}", request.url
    assert problems == []


def test_the_checker_rejects_what_the_contract_does_not_allow() -> None:
    """The validator bites: each broken request yields the expected problem."""
    op = next(o for o in upstream_operations() if o.key == "GET /tracks")
    url = "https://api.soundcloud.com/tracks"
    broken = {
        f"{url}?bpm[from]=fast": "is not an integer",
        f"{url}?access=everything": "not in ['playable', 'preview', 'blocked']",
        f"{url}?limit=500": "outside 1..200",
        f"{url}?colour=red": "query parameter 'colour' is not in the contract",
        f"{url}?q=a&q=b": "sent 2 times",
    }
    for target, message in broken.items():
        problems = check_request(op, httpx.Request("GET", target))
        assert any(message in p for p in problems), (target, problems)
    assert check_request(op, httpx.Request("GET", f"{url}?access=playable,blocked&q=x")) == []
    storefront = next(o for o in upstream_operations() if o.key.endswith("/storefront"))
    bad_body = httpx.Request(
        "PUT",
        "https://api.soundcloud.com/tracks/soundcloud:tracks:1/storefront",
        json={"title": "x", "type": "vinyl", "link": "l", "colour": "red"},
    )
    assert any("'colour' was unexpected" in p for p in check_request(storefront, bad_body))
