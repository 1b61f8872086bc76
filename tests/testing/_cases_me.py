"""Conformance cases for `/me`, follows, likes and reposts (one per operationId)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from ._env import Env

Case = Callable[[Env], Awaitable[None]]
CASES: dict[str, Case] = {}


def case(operation_id: str) -> Callable[[Case], Case]:
    def register(run: Case) -> Case:
        CASES[operation_id] = run
        return run

    return register


@case("get_me")
async def _get_me(env: Env) -> None:
    assert (await env.get("/me")).json()["urn"] == env.me.urn
    await env.get("/me", 401, headers=env.app_headers)


for _op, _path in [
    ("list_my_activities", "/me/activities"),
    ("list_my_own_activities", "/me/activities/all/own"),
    ("list_my_track_activities", "/me/activities/tracks"),
    ("list_my_feed", "/me/feed"),
    ("list_my_feed_tracks", "/me/feed/tracks"),
    ("list_my_liked_tracks", "/me/likes/tracks"),
    ("list_my_liked_playlists", "/me/likes/playlists"),
    ("list_my_followings", "/me/followings"),
    ("list_my_followings_tracks", "/me/followings/tracks"),
    ("list_my_followers", "/me/followers"),
    ("list_my_playlists", "/me/playlists"),
    ("list_my_tracks", "/me/tracks"),
    ("list_my_track_reposts", "/me/reposts/tracks"),
    ("list_my_playlist_reposts", "/me/reposts/playlists"),
    ("list_my_connections", "/me/connections"),
    ("list_my_recently_played_tracks", "/me/recently-played/tracks"),
]:

    async def _list(env: Env, path: str = _path) -> None:
        await env.listing(path)

    CASES[_op] = _list


@case("get_my_following")
async def _get_my_following(env: Env) -> None:
    followed = (await env.listing("/me/followings"))[0]["urn"]
    await env.get(f"/me/followings/{followed}")
    await env.get(f"/me/followings/{env.me.urn}", 404)


@case("follow_user")
async def _follow(env: Env) -> None:
    target = env.fake.user("listener-00001").urn
    await env.call("PUT", f"/me/followings/{target}", 201)
    await env.call("PUT", f"/me/followings/{target}", 200)
    await env.call("PUT", f"/me/followings/{env.me.urn}", 422)


@case("unfollow_user")
async def _unfollow(env: Env) -> None:
    followed = (await env.listing("/me/followings"))[0]["urn"]
    await env.call("DELETE", f"/me/followings/{followed}", 200)
    await env.get(f"/me/followings/{followed}", 404)


@case("get_my_follower")
async def _get_my_follower(env: Env) -> None:
    await env.call("PUT", f"/me/followings/{env.me.urn}", 201, headers=env.other_headers)
    await env.get(f"/me/followers/{env.other.urn}")


@case("get_my_connection")
async def _get_my_connection(env: Env) -> None:
    connection = (await env.listing("/me/connections"))[0]
    await env.get(f"/me/connections/{connection['id']}")


@case("list_my_favorite_ids")
async def _favorite_ids(env: Env) -> None:
    ids = (await env.get("/me/favorites/ids", params={"limit": 5})).json()
    assert all(isinstance(i, int) for i in ids)


@case("get_my_playlist")
async def _get_my_playlist(env: Env) -> None:
    await env.get(f"/me/playlists/{env.fake.playlist_ids(env.me)[0]}")
    mine = set(env.fake.playlist_ids(env.me))
    theirs = next(p for p in env.fake.playlist_ids() if p not in mine)
    await env.get(f"/me/playlists/{theirs}", 404)


@case("get_my_track")
async def _get_my_track(env: Env) -> None:
    await env.get(f"/me/tracks/{env.fake.track_ids(env.me)[0]}")


def _toggle(op_on: str, op_off: str, kind: str, resource: Callable[[Env], str], again: int) -> None:
    # Start from "off" (removal is idempotent), so creation is a 201 whatever the seed liked.
    async def switch_on(env: Env) -> None:
        await env.call("DELETE", f"/{kind}/{resource(env)}", 200)
        await env.call("POST", f"/{kind}/{resource(env)}", 201)
        await env.call("POST", f"/{kind}/{resource(env)}", again)
        await env.call("POST", f"/{kind}/{resource(env)}", 401, headers=env.app_headers)

    async def switch_off(env: Env) -> None:
        await env.call("DELETE", f"/{kind}/{resource(env)}", 200)
        await env.call("POST", f"/{kind}/{resource(env)}", 201)
        await env.call("DELETE", f"/{kind}/{resource(env)}", 200)
        await env.call("DELETE", f"/{kind}/{resource(env)}", 200)

    CASES[op_on], CASES[op_off] = switch_on, switch_off


# Likes answer 200 when the like already existed; reposts always 201 (spec responses).
_toggle("like_track", "unlike_track", "likes/tracks", Env.other_track, 200)
_toggle("like_playlist", "unlike_playlist", "likes/playlists", Env.a_playlist, 200)
_toggle("repost_track", "unrepost_track", "reposts/tracks", Env.other_track, 201)
_toggle("repost_playlist", "unrepost_playlist", "reposts/playlists", Env.a_playlist, 201)
