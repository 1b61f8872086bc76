"""Failures a caller sees are typed: a closed client, an oversized argument, an undecodable body."""

from __future__ import annotations

import httpx
import pytest

from soundcloud_async import (
    APIConnectionError,
    ClientClosedError,
    SoundCloud,
    SoundCloudError,
    Token,
)

API = "https://api.soundcloud.com"
HUGE = "x" * 70_000  # httpx refuses URL components over 65,536 characters


def _client(handler: httpx.MockTransport | None = None) -> SoundCloud:
    transport = handler or httpx.MockTransport(lambda _: httpx.Response(200, json={}))
    return SoundCloud(token=Token("ACCESS-typed"), base_url=API, transport=transport)


async def test_a_call_after_aclose_names_aclose() -> None:
    sc = _client()
    await sc.aclose()
    with pytest.raises(ClientClosedError, match=r"aclose\(\)") as caught:
        await sc.me.get()
    assert isinstance(caught.value, SoundCloudError)
    assert isinstance(caught.value, RuntimeError)  # what httpx raised before, still caught


async def test_a_listing_after_the_async_with_block_names_aclose() -> None:
    async with _client() as sc:
        pass
    with pytest.raises(ClientClosedError, match="closed"):
        _ = [track async for track in sc.search.tracks(q="dawn")]


def test_an_oversized_query_is_a_value_error_when_the_listing_is_created() -> None:
    sc = _client()
    with pytest.raises(ValueError, match="too long"):
        sc.search.tracks(q=HUGE)  # synchronous: before any request


async def test_an_oversized_url_argument_is_a_value_error_before_any_request() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    async with _client(httpx.MockTransport(record)) as sc:
        with pytest.raises(ValueError, match="too long"):
            await sc.resolve(f"https://soundcloud.com/{HUGE}")
    assert sent == []


async def test_an_undecodable_body_is_a_connection_error() -> None:
    def corrupt(_: httpx.Request) -> httpx.Response:
        # An unread stream, so httpx decodes it after the transport, as over a network.
        return httpx.Response(
            200,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
            stream=httpx.ByteStream(b"not gzip"),
        )

    async with _client(httpx.MockTransport(corrupt)) as sc:
        with pytest.raises(APIConnectionError, match="DecodingError") as caught:
            await sc.me.get()
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert caught.value.request is not None
