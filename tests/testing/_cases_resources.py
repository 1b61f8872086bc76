"""Conformance cases for tracks, playlists, users, search, misc and the auth host."""

from __future__ import annotations

import json

from soundcloud_async.oauth import code_challenge

from ._cases_me import CASES, case
from ._env import Env
from .conftest import AUTH

_VERIFIER = "v" * 64
_AUDIO = {"track[asset_data]": ("song.mp3", b"\x00" * 4096, "audio/mpeg")}


@case("search_tracks")
async def _search_tracks(env: Env) -> None:
    await env.listing("/tracks", q="a", **{"bpm[from]": 60, "duration[to]": 900000})
    await env.get("/tracks", 400, params={"created_at[from]": "yesterday"})


@case("upload_track")
async def _upload(env: Env) -> None:
    form = {"track[title]": "New upload", "track[sharing]": "private"}
    created = (await env.call("POST", "/tracks", 201, data=form, files=_AUDIO)).json()
    assert created["sharing"] == "private"
    assert created["secret_token"]
    await env.call("POST", "/tracks", 422, data=form, files={"x": ("a", b"", "audio/mpeg")})


@case("get_track")
async def _get_track(env: Env) -> None:
    await env.get(f"/tracks/{env.other_track()}")
    await env.get(f"/tracks/{env.fake.track_ids(env.other)[0]}")  # bare number


@case("update_track")
async def _update_track(env: Env) -> None:
    path = f"/tracks/{env.my_track()}"
    await env.call("PUT", path, 200, json={"track": {"title": "Renamed", "license": "cc-by"}})
    art = {"track[artwork_data]": ("a.png", b"\x89PNG", "image/png")}
    await env.call("PUT", path, 200, data={"track[genre]": "Jazz"}, files=art)
    await env.call("PUT", path, 422, json={"track": {"license": "mine"}})
    await env.call("PUT", f"/tracks/{env.other_track()}", 404, json={"track": {"title": "x"}})


@case("delete_track")
async def _delete_track(env: Env) -> None:
    created = (
        await env.call("POST", "/tracks", 201, data={"track[title]": "Gone"}, files=_AUDIO)
    ).json()
    await env.call("DELETE", f"/tracks/{created['urn']}", 200)
    await env.get(f"/tracks/{created['urn']}", 404)


@case("update_track_storefront")
async def _storefront(env: Env) -> None:
    offer = {"title": "Vinyl", "type": "vinyl", "link": "https://shop.example.com/v"}
    await env.call("PUT", f"/tracks/{env.my_track()}/storefront", 200, json=offer)
    await env.call("PUT", f"/tracks/{env.other_track()}/storefront", 403, json=offer)
    await env.call("PUT", f"/tracks/{env.my_track()}/storefront", 400, json={**offer, "link": "x"})


@case("get_track_preview")
async def _preview(env: Env) -> None:
    await env.get(f"/tracks/{env.other_track()}/preview", 302)


@case("get_track_streams")
async def _streams(env: Env) -> None:
    await env.get(f"/tracks/{env.other_track()}/streams")


@case("create_track_comment")
async def _comment(env: Env) -> None:
    path = f"/tracks/{env.other_track()}/comments"
    await env.call("POST", path, 201, json={"comment": {"body": "Nice", "timestamp": 1200}})
    await env.call("POST", path, 422, json={"comment": {"body": ""}})


@case("create_playlist")
async def _create_playlist(env: Env) -> None:
    body = {"playlist": {"title": "Mine", "tracks": [{"urn": env.other_track()}]}}
    await env.call("POST", "/playlists", 201, json=body)
    form = {"playlist[title]": "Form", "playlist[tracks][][urn]": env.other_track()}
    await env.call("POST", "/playlists", 201, data=form)
    await env.call("POST", "/playlists", 422, json={"playlist": {"description": "no title"}})


@case("get_playlist")
async def _get_playlist(env: Env) -> None:
    await env.get(f"/playlists/{env.a_playlist()}")
    await env.get(f"/playlists/{env.a_playlist()}", params={"show_tracks": "false"})


@case("update_playlist")
async def _update_playlist(env: Env) -> None:
    body = {"playlist": {"title": "Renamed", "tracks": [{"urn": env.my_track()}]}}
    updated = (await env.call("PUT", f"/playlists/{env.my_playlist()}", 200, json=body)).json()
    assert [t["urn"] for t in updated["tracks"]] == [env.my_track()]


@case("delete_playlist")
async def _delete_playlist(env: Env) -> None:
    await env.call("DELETE", f"/playlists/{env.my_playlist()}", 200)


@case("resolve")
async def _resolve(env: Env) -> None:
    await env.get("/resolve", 302, params={"url": env.other.permalink_url})
    await env.get("/resolve", 404, params={"url": "https://soundcloud.com/nobody-here"})


@case("sign_out")
async def _sign_out(env: Env) -> None:
    headers = env.headers_for(env.me)
    await env.call("POST", "/sign-out", 200, headers=headers)
    await env.get("/me", 401, headers=headers)


@case("authorize")
async def _authorize(env: Env) -> None:
    params = {
        "client_id": env.fake.client_id,
        "redirect_uri": "https://app.example.com/callback",
        "response_type": "code",
        "code_challenge": code_challenge(_VERIFIER),
        "code_challenge_method": "S256",
        "state": "xyz",
    }
    await env.call("GET", "/authorize", 302, base=AUTH, headers={}, params=params)
    await env.call(
        "GET", "/authorize", 401, base=AUTH, headers={}, params={**params, "client_id": "no"}
    )
    env.fake.register_app("strict", "s3cret", redirect_uris=("https://ok.example.com/cb",))
    strict = {**params, "client_id": "strict"}
    await env.call("GET", "/authorize", 400, base=AUTH, headers={}, params=strict)


@case("create_token")
async def _token(env: Env) -> None:
    basic = (env.fake.client_id, env.fake.client_secret)
    form = {"grant_type": "client_credentials"}
    await env.call("POST", "/oauth/token", 200, base=AUTH, headers={}, data=form, auth=basic)
    await env.call("POST", "/oauth/token", 401, base=AUTH, headers={}, data=form, auth=("x", "y"))
    bad = {"grant_type": "refresh_token", "refresh_token": "nope"}
    await env.call("POST", "/oauth/token", 400, base=AUTH, headers={}, data=bad, auth=basic)
    env.fake.faults.rate_limit(path="/oauth/token", variant="oauth")
    await env.call("POST", "/oauth/token", 429, base=AUTH, headers={}, data=form, auth=basic)


_LISTS = {
    "list_track_comments": "/tracks/{track}/comments",
    "list_track_favoriters": "/tracks/{track}/favoriters",
    "list_track_reposters": "/tracks/{track}/reposters",
    "list_related_tracks": "/tracks/{track}/related",
    "search_playlists": "/playlists",
    "list_playlist_tracks": "/playlists/{playlist}/tracks",
    "list_playlist_reposters": "/playlists/{playlist}/reposters",
    "search_users": "/users",
    "list_related_users": "/users/{user}/related",
    "list_user_favorites": "/users/{user}/favorites",
    "list_user_followers": "/users/{user}/followers",
    "list_user_followings": "/users/{user}/followings",
    "list_user_playlists": "/users/{user}/playlists",
    "list_user_tracks": "/users/{user}/tracks",
    "list_user_web_profiles": "/users/{user}/web-profiles",
    "list_user_liked_tracks": "/users/{user}/likes/tracks",
    "list_user_liked_playlists": "/users/{user}/likes/playlists",
    "list_user_track_reposts": "/users/{user}/reposts/tracks",
    "list_user_playlist_reposts": "/users/{user}/reposts/playlists",
    "list_user_comments": "/users/{user_id}/comments",
}
for _op, _template in _LISTS.items():

    async def _list(env: Env, template: str = _template) -> None:
        path = template.format(
            track=env.other_track(),
            playlist=env.a_playlist(),
            user=env.me.urn,
            user_id=env.me.id,
        )
        await env.listing(path)

    CASES[_op] = _list


@case("get_user")
async def _get_user(env: Env) -> None:
    body = (await env.get(f"/users/{env.other.urn}", headers=env.app_headers)).json()
    assert body["followers_count"] >= 450


@case("get_user_following")
async def _get_user_following(env: Env) -> None:
    listener = env.fake.user("listener-00000")
    await env.get(f"/users/{listener.urn}/followings/{env.other.urn}")
    await env.get(f"/users/{env.other.urn}/followings/{listener.urn}", 404)


def dump(value: object) -> str:
    return json.dumps(value)[:200]
