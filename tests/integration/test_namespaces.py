"""Every namespace of the facade, over a real loopback socket to the fake."""

from __future__ import annotations

import pytest

from soundcloud_async import NotFoundError, SoundCloud
from soundcloud_async.models import Comment, Me, Playlist, Streams, Track, User
from soundcloud_async.testing import FakeSoundCloud


async def test_search_and_tracks(soundcloud_over_socket: SoundCloud) -> None:
    sc = soundcloud_over_socket
    page = await sc.search.tracks(genres="Techno", page_size=5)
    assert 0 < len(page.items) <= 5
    assert all(isinstance(t, Track) and t.genre == "Techno" for t in page.items)
    track = await sc.tracks.get(page.items[0].urn)
    assert track.urn == page.items[0].urn
    assert isinstance(await sc.tracks.streams(track.urn), Streams)
    preview = await sc.tracks.preview(track.urn)
    assert not preview.startswith(str(sc.http.base_url))  # a CDN URL, handed back unfetched
    async for _ in sc.tracks.favoriters(track.urn, max_items=3):
        pass
    comments = [c async for c in sc.tracks.comments(track.urn, max_items=2)]
    assert len(comments) <= 2
    assert all(isinstance(c, Comment) for c in comments)


async def test_users_and_resolve(
    soundcloud_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    sc = soundcloud_over_socket
    popular = fake_soundcloud.popular_user
    resolved = await sc.resolve(popular.permalink_url)
    assert isinstance(resolved, User)
    assert resolved.urn == popular.urn
    assert (await sc.users.get(popular.id)).username == popular.username
    tracks = [t async for t in sc.users.tracks(popular.urn, max_items=5)]
    assert all(isinstance(t, Track) for t in tracks)
    with pytest.raises(NotFoundError):
        await sc.users.get(999_999_999)


async def test_playlists_search(soundcloud_over_socket: SoundCloud) -> None:
    sc = soundcloud_over_socket
    found = await sc.search.playlists(page_size=3)
    assert found.items
    playlist = await sc.playlists.get(found.items[0].urn)
    assert isinstance(playlist, Playlist)
    listed = [t async for t in sc.playlists.tracks(playlist.urn, max_items=3)]
    assert len(listed) == min(3, playlist.track_count)
    assert all(isinstance(t, Track) for t in listed)
    assert (await sc.search.users(q=(await sc.users.get(playlist.user_id)).username)).items


async def test_me_likes_reposts_follows(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    sc = user_over_socket
    me = await sc.me.get()
    assert isinstance(me, Me)
    assert me.urn == fake_soundcloud.login_user.urn
    target = (await sc.search.tracks(genres="House", page_size=1)).items[0]
    await sc.likes.add_track(target.urn)
    assert target.urn in [t.urn async for t in sc.me.liked_tracks()]
    await sc.likes.remove_track(target.urn)
    assert target.urn not in [t.urn async for t in sc.me.liked_tracks()]
    await sc.reposts.add_track(target.urn)
    assert target.urn in [t.urn async for t in sc.me.track_reposts()]
    popular = fake_soundcloud.popular_user
    await sc.me.follow(popular.urn)
    assert popular.urn in [u.urn async for u in sc.me.followings()]
    await sc.me.unfollow(popular.urn)
    assert popular.urn not in [u.urn async for u in sc.me.followings()]


async def test_comments_and_playlists_writes(user_over_socket: SoundCloud) -> None:
    sc = user_over_socket
    picks = [t async for t in sc.search.tracks(genres="Jazz", max_items=3)]
    comment = await sc.tracks.comment(picks[0].urn, "over a socket", timestamp=1_000)
    assert comment.body == "over a socket"
    created = await sc.playlists.create("Integration", tracks=[t.urn for t in picks])
    assert [t.urn async for t in sc.playlists.tracks(created.urn)] == [t.urn for t in picks]
    updated = await sc.playlists.update(created.urn, title="Renamed", tracks=[picks[-1].urn])
    assert updated.title == "Renamed"
    await sc.playlists.delete(created.urn)
    with pytest.raises(NotFoundError):
        await sc.playlists.get(created.urn)


async def test_upload_update_delete(user_over_socket: SoundCloud, tmp_path) -> None:
    audio = tmp_path / "take.wav"
    audio.write_bytes(b"RIFF" + bytes(5 * 1024 * 1024))
    reports: list[tuple[int, int | None]] = []
    sc = user_over_socket
    track = await sc.tracks.upload(
        "Socket take", asset=audio, progress=lambda s, t: reports.append((s, t)), genre="Folk"
    )
    assert track.title == "Socket take"
    assert reports[-1][0] == reports[-1][1]
    assert track.urn in [t.urn async for t in sc.me.tracks()]
    updated = await sc.tracks.update(track.urn, description="edited", artwork=b"\x89PNG....")
    assert updated.description == "edited"
    await sc.tracks.delete(track.urn)
    with pytest.raises(NotFoundError):
        await sc.tracks.get(track.urn)


async def test_sign_out_revokes_the_token(user_over_socket: SoundCloud) -> None:
    await user_over_socket.me.get()
    await user_over_socket.sign_out()
    assert user_over_socket.token is None


async def test_what_soundcloud_spec_sends_reaches_the_fake(user_over_socket: SoundCloud) -> None:
    """Comma-separated track URNs in one multipart part, `permalink_url`, a fractional timestamp."""
    sc = user_over_socket
    picks = [t async for t in sc.search.tracks(genres="Jazz", max_items=3)]
    urns = [t.urn for t in picks]
    created = await sc.playlists.create(
        "Spec form", tracks=urns, artwork=b"\x89PNG....", permalink_url="https://x.test/sets/a"
    )
    assert [t.urn async for t in sc.playlists.tracks(created.urn)] == urns
    updated = await sc.playlists.update(created.urn, permalink_url="https://x.test/sets/b")
    assert updated.urn == created.urn
    comment = await sc.tracks.comment(urns[0], "spec timestamp", timestamp=1500.5)
    assert comment.timestamp == 1500
