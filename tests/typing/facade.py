"""Never executed: mypy --strict checks that the README's facade examples type-check.

Each function mirrors a README block; `assert_type` pins what users get back.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from soundcloud_async import (
    AsyncPaginator,
    FileTokenStore,
    NotFoundError,
    Page,
    RetryPolicy,
    SoundCloud,
    Token,
    TrackFields,
    TracksNamespace,
    UsersNamespace,
)
from soundcloud_async.models import Comment, Me, Playlist, Status, Streams, Track, User


async def quickstart() -> None:
    async with SoundCloud() as sc:
        found = await sc.search.tracks(q="ambient", genres="Ambient")
        assert_type(found, Page[Track])
        urns = [hit.urn for hit in found.items if hit.urn]
        assert_type(found.items[0].urn, str | None)
        assert_type(found.items[0].title, str | None)
        track = await sc.tracks.get(urns[0])
        assert_type(track, Track)
        fans = sc.tracks.favoriters(urns[0], max_items=500)
        assert_type(fans, AsyncPaginator[User])
        async for fan in fans:
            assert_type(fan, User)


async def writing(user_token: Token) -> None:
    async with SoundCloud(token=user_token) as sc:
        assert_type(await sc.me.get(), Me)
        found = await sc.search.tracks(q="piano", max_items=3)
        urns = [track.urn for track in found.items if track.urn]
        first = urns[0]
        assert_type(await sc.likes.add_track(first), Status)
        assert_type(await sc.reposts.add_track(first), Status)  # 201 without a body
        assert_type(await sc.tracks.comment(first, "Lovely", timestamp=12_000), Comment)
        assert_type(await sc.tracks.comment(first, "At 1.5 s", timestamp=1500.5), Comment)
        assert_type(await sc.tracks.comment(first, "At 2 s", timestamp="2000"), Comment)
        assert_type(await sc.me.follow(123), Status | User)
        playlist = await sc.playlists.create("Piano", tracks=urns)
        assert_type(playlist, Playlist)
        if playlist.urn:
            assert_type(await sc.playlists.update(playlist.urn, tracks=[first]), Playlist)
            linked = await sc.playlists.update(playlist.urn, permalink_url="https://x.test/s/p")
            assert_type(linked, Playlist)
            assert_type(await sc.playlists.delete(playlist.urn), Status)
        assert_type(await sc.me.recently_played_tracks(), list[Track])


async def resolving() -> None:
    async with SoundCloud() as sc:
        resource = await sc.resolve("https://soundcloud.com/artist/track")
        if isinstance(resource, Track) and resource.urn:
            assert_type(await sc.tracks.streams(resource.urn), Streams)
            assert_type(await sc.tracks.preview(resource.urn), str)
        elif isinstance(resource, str):
            assert_type(resource, str)  # a redirect to another host, not followed


async def uploading(user_token: Token, audio: Path) -> None:
    seen: list[tuple[int, int | None]] = []

    def report(sent: int, total: int | None) -> None:
        seen.append((sent, total))

    metadata: TrackFields = {"description": "dawn", "sharing": "private"}
    async with SoundCloud(token=user_token, token_store=FileTokenStore("t.json")) as sc:
        track = await sc.tracks.upload("Field", asset=audio, progress=report, tag_list="x")
        assert_type(track, Track)
        if track.urn:
            assert_type(await sc.tracks.update(track.urn, **metadata), Track)
            assert_type(await sc.tracks.update(track.urn, artwork=b"png"), Track)


async def errors() -> None:
    async with SoundCloud(retry=RetryPolicy(max_retries=5)) as sc:
        try:
            await sc.tracks.get("soundcloud:tracks:1")
        except NotFoundError as error:
            assert_type(error.status_code, int)
        async for page in sc.users.followers(1, page_size=50).pages():
            assert_type(page.cursor, str | None)


async def timeouts() -> None:
    async with SoundCloud(timeout=10.0) as sc, SoundCloud(timeout=None) as unbounded:
        assert_type(sc, SoundCloud)
        assert_type(unbounded, SoundCloud)


def namespaces_for_annotations(sc: SoundCloud) -> tuple[TracksNamespace, UsersNamespace]:
    return sc.tracks, sc.users


async def absent_fields_are_none(track: Track) -> str:
    assert_type(track.title, str | None)
    assert_type(track.playback_count, int | None)
    return track.title or ""
