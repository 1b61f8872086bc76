"""Shared fixtures for the paginator tests: a strict respx router, a client and a tiny model."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async.pagination import AsyncPaginator

BASE = "https://api.soundcloud.com"
TOKEN = "sekrit-access-token"
FOLLOWERS = "/users/soundcloud%3Ausers%3A1/followers"
FOLLOWERS_URL = BASE + FOLLOWERS


@dataclass
class Item:
    """Stands in for a generated attrs model: `from_dict` fails on a missing key."""

    id: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Item:
        return cls(id=int(data["id"]))


def ids(items: Sequence[Item]) -> list[int]:
    return [item.id for item in items]


def link(cursor: int | str) -> str:
    """A next_href the way SoundCloud writes it: absolute, opaque cursor, our params dropped."""
    return f"{FOLLOWERS_URL}?cursor={cursor}"


def collection(item_ids: Sequence[int], next_href: str | None, **extra: Any) -> dict[str, Any]:
    return {"collection": [{"id": i} for i in item_ids], "next_href": next_href, **extra}


async def drain(paginator: AsyncPaginator[Item], into: list[int]) -> None:
    """Append every item id to `into`, so ids received before an error stay observable."""
    async for item in paginator:
        into.append(item.id)


def by_cursor(pages: Mapping[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    """A side effect serving `pages[cursor param]` (no cursor param: key "")."""

    def respond(request: httpx.Request) -> httpx.Response:
        body = pages[request.url.params.get("cursor", "")]
        return body if isinstance(body, httpx.Response) else httpx.Response(200, json=body)

    return respond


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_mocked=True, assert_all_called=True) as mock:
        yield mock


@pytest.fixture(scope="session")
def tls() -> ssl.SSLContext:
    # Loading the CA bundle costs ~0.1 s per client; one context keeps the suite fast.
    return httpx.create_ssl_context()


@pytest.fixture
async def http(tls: ssl.SSLContext) -> AsyncIterator[httpx.AsyncClient]:
    # The token rides on every request, like SoundCloudAuth would add it.
    headers = {"Authorization": f"OAuth {TOKEN}"}
    async with httpx.AsyncClient(base_url=BASE, headers=headers, verify=tls) as client:
        yield client


@pytest.fixture
def followers(http: httpx.AsyncClient) -> Callable[..., AsyncPaginator[Item]]:
    """Build the paginator the facade would return for `sc.users.followers(urn, ...)`."""

    def build(params: Mapping[str, Any] | None = None, **options: Any) -> AsyncPaginator[Item]:
        request = {"method": "get", "url": FOLLOWERS, "params": dict(params or {})}
        return AsyncPaginator(http=http, request=request, parse_item=Item.from_dict, **options)

    return build
