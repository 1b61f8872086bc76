"""A private share link given to `sc.resolve()` never shows in an error, whatever fails."""

from __future__ import annotations

import httpx
import pytest
import respx

from soundcloud_async import APIConnectionError, APIStatusError, ServerError, SoundCloud

from .conftest import API_HOST

SECRET = "s-Pr1vAteT0ken"
SHARE_LINK = f"https://soundcloud.com/artist/hidden-track/{SECRET}"


def _shown(error: BaseException) -> str:
    url = error.url if isinstance(error, APIStatusError) else ""
    return f"{error} {error!r} {error.args} {url}"


async def test_a_server_error_echoing_the_link_hides_it(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    echo = {"code": 500, "message": f"could not resolve {SHARE_LINK}", "errors": []}
    router.get(host=API_HOST, path="/resolve").respond(500, json=echo)

    with pytest.raises(ServerError) as caught:
        await sc.resolve(SHARE_LINK)

    assert SECRET not in _shown(caught.value)
    assert caught.value.error is not None
    assert SECRET not in str(caught.value.error)
    assert caught.value.url.endswith("hidden-track%2F[redacted]")


async def test_a_redirect_to_a_failing_resource_hides_its_secret_token(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    target = f"https://{API_HOST}/tracks/soundcloud:tracks:1?secret_token={SECRET}"
    router.get(host=API_HOST, path="/resolve").respond(302, headers={"Location": target})
    router.get(host=API_HOST, path="/tracks/soundcloud:tracks:1").respond(
        404, text=f"<html><title>No track at {target}</title></html>"
    )

    with pytest.raises(APIStatusError) as caught:
        await sc.resolve(SHARE_LINK)

    assert SECRET not in _shown(caught.value)
    assert SECRET not in (caught.value.body_snippet or "")


async def test_a_connection_failure_hides_the_link(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    router.get(host=API_HOST, path="/resolve").mock(
        side_effect=httpx.ConnectError(f"refused while fetching {SHARE_LINK}")
    )

    with pytest.raises(APIConnectionError) as caught:
        await sc.resolve(SHARE_LINK)

    assert SECRET not in _shown(caught.value)
