"""`python -m soundcloud_async.testing serve`: run the fake standalone (demos, manual tests)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import socket
import sys
from collections.abc import Sequence

import uvicorn

from soundcloud_async.testing._fake import FakeSoundCloud
from soundcloud_async.testing._server import EmbeddedServer, config_for, wait_started


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m soundcloud_async.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake SoundCloud over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port, 0 for any free one")
    serve.add_argument("--seed", type=int, default=1, help="seed of the generated data")
    serve.add_argument("--users", type=int, default=50)
    serve.add_argument("--tracks", type=int, default=500)
    serve.add_argument("--playlists", type=int, default=60)
    serve.add_argument("--popular-followers", type=int, default=2500)
    serve.add_argument("--log-level", default="warning")
    return parser


async def _serve(args: argparse.Namespace) -> None:
    fake = FakeSoundCloud(
        args.seed,
        users=args.users,
        tracks=args.tracks,
        playlists=args.playlists,
        popular_followers=args.popular_followers,
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    server = EmbeddedServer(config_for(fake, args.host, args.port, args.log_level))
    _stop_on_signals(server)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        await wait_started(server, task)
        url = f"http://{args.host}:{sock.getsockname()[1]}"
        sys.stdout.write(
            f"fake SoundCloud listening on {url}\n"
            f"  API base_url and auth_base_url: {url}\n"
            f"  client_id:     {fake.client_id}\n"
            f"  client_secret: {fake.client_secret}\n"
            f"  popular user:  {fake.popular_user.urn} ({fake.popular_user.permalink_url})\n"
            "point your app at it (POSIX shell):\n"
            f"export SOUNDCLOUD_BASE_URL={url}\n"
            f"export SOUNDCLOUD_AUTH_BASE_URL={url}\n"
            f"export SOUNDCLOUD_CLIENT_ID={fake.client_id}\n"
            f"export SOUNDCLOUD_CLIENT_SECRET={fake.client_secret}\n"
        )
        sys.stdout.flush()
        await task
    finally:
        sock.close()


def _stop_on_signals(server: uvicorn.Server) -> None:
    # uvicorn's own handlers re-raise SIGTERM after shutting down, so the process would die
    # "killed by signal"; a graceful stop of the fake is a normal exit (status 0).
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows event loops
            loop.add_signal_handler(signum, lambda: setattr(server, "should_exit", True))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = _parser().parse_args(argv)
    asyncio.run(_serve(args))
    return 0
