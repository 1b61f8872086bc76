"""A small driver for conformance cases: calls the fake, checks statuses, keeps responses."""

from __future__ import annotations

from typing import Any

import httpx

from soundcloud_async.testing import FakeSoundCloud, FakeUser

from .conftest import API


class Env:
    """One fake, tokens for its login user, another user and the app, and a response log."""

    def __init__(self, fake: FakeSoundCloud, client: httpx.AsyncClient) -> None:
        self.fake = fake
        self.client = client
        self.me = fake.login_user
        self.other = fake.popular_user
        self.user_headers = self.headers_for(self.me)
        self.other_headers = self.headers_for(self.other)
        self.app_headers = self._auth(fake.issue_token(app_only=True)["access_token"])
        self.responses: list[httpx.Response] = []

    @staticmethod
    def _auth(token: str) -> dict[str, str]:
        return {"Authorization": f"OAuth {token}"}

    def headers_for(self, user: FakeUser) -> dict[str, str]:
        return self._auth(self.fake.issue_token(user)["access_token"])

    async def call(
        self,
        method: str,
        path: str,
        expect: int,
        *,
        headers: dict[str, str] | None = None,
        base: str = API,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request (user token by default), assert the status, remember the response."""
        url = path if path.startswith("http") else f"{base}{path}"
        sent = self.user_headers if headers is None else headers
        response = await self.client.request(method, url, headers=sent, **kwargs)
        detail = f"{method} {path}: {response.status_code} {response.text[:300]}"
        assert response.status_code == expect, detail
        self.responses.append(response)
        return response

    async def get(self, path: str, expect: int = 200, **kwargs: Any) -> httpx.Response:
        return await self.call("GET", path, expect, **kwargs)

    async def listing(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """Both envelopes of a list: a linked page (and the next one, if any), the bare array."""
        page = (
            await self.get(path, params={**params, "linked_partitioning": "true", "limit": 3})
        ).json()
        assert set(page) >= {"collection", "next_href"}, page
        if page["next_href"]:
            await self.get(page["next_href"])
        if "future_href" in page:
            await self.get(page["future_href"])
            return page["collection"]  # type: ignore[no-any-return]
        bare = (await self.get(path, params={**params, "limit": 3})).json()
        assert isinstance(bare, list), bare
        return page["collection"]  # type: ignore[no-any-return]

    def my_track(self) -> str:
        return f"soundcloud:tracks:{self.fake.track_ids(self.me)[0]}"

    def other_track(self) -> str:
        return f"soundcloud:tracks:{self.fake.track_ids(self.other)[0]}"

    def my_playlist(self) -> str:
        return f"soundcloud:playlists:{self.fake.playlist_ids(self.me)[0]}"

    def a_playlist(self) -> str:
        return f"soundcloud:playlists:{self.fake.playlist_ids()[-1]}"
