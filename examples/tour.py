"""The guided tour behind `make demo`: the whole library against a SoundCloud over real sockets.

Without credentials it starts the fake SoundCloud (`soundcloud_async.testing`) on a free
loopback port and walks through app-only login, resolve, search, a long listing, a PKCE user
login, every kind of write, an upload, a token expiring mid-run, a burst of 429s and a listing
resumed from its cursor. With `SOUNDCLOUD_CLIENT_ID` and `SOUNDCLOUD_CLIENT_SECRET` set it runs
the read-only part against the real API instead (`SOUNDCLOUD_DEMO_URL` picks what to resolve).

    python -m examples.tour
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

import httpx

from examples._console import Console
from examples._trace import TraceRecorder
from soundcloud_async import APIStatusError, FileTokenStore, RetryPolicy, SoundCloud
from soundcloud_async.models import User
from soundcloud_async.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    FakeSoundCloud,
    client_for,
    serve,
)

# The fake answers at once, so the backoff is shortened to keep the tour brisk; everything
# else is the default client.
TOUR_RETRY = RetryPolicy(initial_delay=0.05, max_delay=0.4)
REDIRECT_URI = "http://127.0.0.1/callback"
DEFAULT_REAL_URL = "https://soundcloud.com/forss"


async def read_only_part(console: Console, sc: SoundCloud, url: str, *, limit: int | None) -> int:
    """App-only login, resolve, search and one long listing; returns the items streamed."""
    console.step("App-only login (client credentials), done on the first request")
    resource = await sc.resolve(url)
    token = sc.token
    console.line(f"token cached: app_only={token.app_only if token else None}")

    console.step(f"Resolve {url}")
    if not isinstance(resource, User) or resource.urn is None:
        console.line(f"resolved to {type(resource).__name__}, not a user: stopping here")
        return 0
    console.line(f"-> {resource.urn}  {resource.username}  ({resource.followers_count} followers)")

    console.step('Search tracks: genres="Techno", first 5')
    async for track in sc.search.tracks(genres="Techno", max_items=5):
        console.line(f"{track.urn}  {track.title}")

    total = resource.followers_count
    total = min(total, limit) if total is not None and limit is not None else total
    console.step(f"Stream every follower of {resource.username} across pages (200 per request)")
    bar = console.progress("followers", total)
    async for _ in sc.users.followers(resource.urn, max_items=limit):
        bar.advance()
    bar.finish()
    return bar.count


async def user_login(console: Console, sc: SoundCloud) -> None:
    """PKCE login: the browser step is an httpx GET that the fake approves at once."""
    console.step("User login: authorization code with PKCE and state")
    login = sc.oauth.start_authorization(REDIRECT_URI)
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(login.url)
    params = dict(httpx.URL(answer.headers["location"]).params)
    code = sc.oauth.verify_callback(params, expected_state=login.state)
    await sc.oauth.exchange_code(code, code_verifier=login.code_verifier, redirect_uri=REDIRECT_URI)
    me = await sc.me.get()
    console.line(f"signed in as {me.username} ({me.urn}); token saved to the file store")


async def writes(console: Console, sc: SoundCloud, fake: FakeSoundCloud, workdir: Path) -> None:
    """Like, repost, comment, follow, create a playlist and upload a track."""
    console.step("Like, repost, comment, follow, create a playlist")
    picks = [track async for track in sc.search.tracks(genres="House", max_items=3)]
    urns = [track.urn for track in picks if track.urn]
    first = picks[0]
    await sc.likes.add_track(urns[0])
    await sc.reposts.add_track(urns[0])
    comment = await sc.tracks.comment(urns[0], "Great groove", timestamp=30_000)
    await sc.me.follow(fake.popular_user.urn)
    playlist = await sc.playlists.create("Tour picks", tracks=urns)
    liked = [t.urn async for t in sc.me.liked_tracks()]
    console.line(f"liked and reposted {first.title}; comment {comment.urn}")
    console.line(
        f"now following {fake.popular_user.username}; my likes include it: {first.urn in liked}"
    )
    console.line(f"playlist {playlist.urn} with {playlist.track_count} tracks")

    console.step("Upload a track, streamed from disk with progress")
    audio = workdir / "tour.wav"
    audio.write_bytes(b"RIFF" + os.urandom(3 * 1024 * 1024))
    bar = console.progress("bytes", None)

    def progress(sent: int, total: int | None) -> None:
        bar.total = total  # the multipart body: the file plus a few hundred bytes of headers
        bar.advance(sent - bar.count)

    track = await sc.tracks.upload("Tour upload", asset=audio, progress=progress, sharing="private")
    bar.finish()
    console.line(f"uploaded {track.urn} ({track.title!r}, sharing={track.sharing})")


async def resilience(console: Console, sc: SoundCloud, fake: FakeSoundCloud) -> int:
    """Token expiry mid-run, a 429 burst, and a listing interrupted then resumed."""
    console.step("The access token expires mid-run: 20 concurrent calls, one refresh")
    before = fake.token_requests.count("refresh_token")
    fake.expire_access_tokens()
    await asyncio.gather(*(sc.me.get() for _ in range(20)))
    refreshes = fake.token_requests.count("refresh_token") - before
    console.check(refreshes == 1, f"{refreshes} refresh request(s) for 20 calls")

    await traced_burst(console, fake, str(sc.http.base_url))

    console.step("A listing interrupted by a failure, resumed from its cursor")
    popular = fake.popular_user
    seen: list[int] = []
    followers = sc.users.followers(popular.urn)
    try:
        async for user in followers:
            seen.append(user.id or 0)
            if len(seen) == 900:  # mid-page: the next page request fails past every retry
                fake.faults.server_error(4, status=500, path=f"/users/{popular.urn}/followers")
    except APIStatusError as error:
        console.line(f"stopped after {len(seen)} followers: {type(error).__name__}")
    cursor = followers.cursor
    async for user in sc.users.followers(popular.urn, cursor=cursor):
        seen.append(user.id or 0)
    console.line(f"resumed: {len(seen)} followers of {popular.username}")
    console.check(len(set(seen)) == len(seen), "no follower repeated")
    total = await sc.users.get(popular.urn)
    console.check(len(seen) == total.followers_count, "no follower lost")
    return len(seen)


async def traced_burst(console: Console, fake: FakeSoundCloud, url: str) -> None:
    """A 429 burst on a client with hooks, summarised as a tracing UI would show the calls."""
    console.step("A burst of three 429s, absorbed by backoff (Retry-After honoured), traced")
    trace = TraceRecorder()
    fake.faults.rate_limit(3, variant="documented", retry_after=0.2, path="/tracks/")
    started = time.perf_counter()
    async with SoundCloud(
        fake.client_id,
        fake.client_secret,
        base_url=url,
        auth_base_url=url,
        retry=TOUR_RETRY,
        **trace.hooks(),
    ) as sc:
        track = await sc.tracks.get(fake.track_ids()[0])
    console.line(f"got {track.urn} after {time.perf_counter() - started:.1f} s, no error raised")
    for line in trace.lines():
        console.line(line)
    console.check(
        any("429 -> 429 -> 429 -> 200" in line for line in trace.lines()),
        "every attempt was seen by the hooks",
    )


async def fake_tour(console: Console) -> int:
    fake = FakeSoundCloud(seed=1)
    async with serve(fake) as url:
        console.line(f"fake SoundCloud on {url} (API and auth host), seed 1")
        async with client_for(fake, base_url=url, retry=TOUR_RETRY) as app:
            streamed = await read_only_part(
                console, app, fake.popular_user.permalink_url, limit=None
            )
        with tempfile.TemporaryDirectory() as folder:
            store = FileTokenStore(Path(folder) / "token.json")
            async with client_for(fake, base_url=url, retry=TOUR_RETRY, token_store=store) as user:
                await user_login(console, user)
                await writes(console, user, fake, Path(folder))
                streamed += await resilience(console, user, fake)
    grants = ", ".join(
        f"{grant}={fake.token_requests.count(grant)}"
        for grant in ("client_credentials", "authorization_code", "refresh_token")
    )
    console.step("Summary")
    console.line(f"items streamed: {streamed}")
    console.line(f"token requests: {grants}")
    console.line(f"elapsed: {time.perf_counter() - console.started:.1f} s")
    console.check(not console.failures, "every claim of the tour held")
    _next_steps(console)
    return 1 if console.failures else 0


def _next_steps(console: Console) -> None:
    fake = "http://127.0.0.1:8080"
    console.step("Next: the same from the shell, with the `soundcloud` command")
    console.line('pip install "soundcloud-async[cli]"')
    console.line("soundcloud fake serve --port 8080   # this fake, in another terminal")
    console.line(f"export SOUNDCLOUD_BASE_URL={fake} SOUNDCLOUD_AUTH_BASE_URL={fake}")
    console.line(
        f"export SOUNDCLOUD_CLIENT_ID={DEFAULT_CLIENT_ID} "
        f"SOUNDCLOUD_CLIENT_SECRET={DEFAULT_CLIENT_SECRET}"
    )
    console.line(
        "soundcloud export followers https://soundcloud.com/popular-artist --out fans.jsonl"
    )
    console.line("every command, with a terminal session: docs/guides/cli.md")


async def real_tour(console: Console) -> int:
    url = os.environ.get("SOUNDCLOUD_DEMO_URL", DEFAULT_REAL_URL)
    console.line("SOUNDCLOUD_CLIENT_ID is set: the read-only tour against api.soundcloud.com")
    async with SoundCloud() as sc:
        streamed = await read_only_part(console, sc, url, limit=1000)
    console.step("Summary")
    console.line(
        f"items streamed: {streamed}; elapsed {time.perf_counter() - console.started:.1f} s"
    )
    return 0


def main() -> int:
    console = Console()
    console.title("soundcloud-async: a guided tour")
    real = os.environ.get("SOUNDCLOUD_CLIENT_ID") and os.environ.get("SOUNDCLOUD_CLIENT_SECRET")
    return asyncio.run(real_tour(console) if real else fake_tour(console))


if __name__ == "__main__":
    sys.exit(main())
