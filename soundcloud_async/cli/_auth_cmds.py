"""`login`, `logout` and `whoami`: the user's token in a 0600 file in the config directory."""

from __future__ import annotations

import webbrowser

import click

from soundcloud_async.cli._command import Invocation, runs_async
from soundcloud_async.cli._config import user_token_path
from soundcloud_async.cli._errors import ExitCode, fail
from soundcloud_async.cli._loopback import loopback_callback
from soundcloud_async.cli._session import Identity, open_client

__all__ = ["login", "logout", "whoami"]

DEFAULT_PORT = 8976


@click.command()
@click.option("--no-browser", is_flag=True, help="Only print the URL (e.g. over SSH).")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Loopback port of the redirect; register http://127.0.0.1:PORT/callback for your app.",
)
@click.option(
    "--timeout",
    "wait_for",
    type=click.FloatRange(1),
    default=300.0,
    show_default=True,
    help="Seconds to wait for the browser to come back.",
)
@runs_async
async def login(run: Invocation, no_browser: bool, port: int, wait_for: float) -> None:
    """Log in as a SoundCloud user (authorization code + PKCE, loopback redirect)."""
    async with await open_client(run.options, Identity.LOGIN) as sc:
        async with loopback_callback(port) as callback:
            request = sc.oauth.start_authorization(callback.redirect_uri)
            run.out.note(f"Open this URL to log in:\n\n  {request.url}\n")
            if not no_browser and _has_browser():
                webbrowser.open(request.url)
            try:
                params = await callback.wait(wait_for)
            except TimeoutError:
                fail(f"no login within {wait_for:.0f} s", ExitCode.AUTH)
        code = sc.oauth.verify_callback(params, expected_state=request.state)
        await sc.oauth.exchange_code(
            code, code_verifier=request.code_verifier, redirect_uri=callback.redirect_uri
        )
        me = await sc.me.get()
    if run.out.json:
        run.out.one(me)
    else:
        run.out.note(f"logged in as {me.username} ({me.urn})")


def _has_browser() -> bool:
    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


@click.command()
@runs_async
async def logout(run: Invocation) -> None:
    """Sign out on SoundCloud and delete the saved token."""
    path = user_token_path(run.options.base_url)
    if not path.exists():
        run.out.note("not logged in")
        return
    async with await open_client(run.options, Identity.ANY) as sc:
        try:
            await sc.sign_out()
        finally:
            path.unlink(missing_ok=True)  # the local token goes even if SoundCloud is away
    run.out.note(f"logged out; deleted {path}")


@click.command()
@runs_async
async def whoami(run: Invocation) -> None:
    """Show the logged-in user."""
    async with await open_client(run.options, Identity.USER) as sc:
        run.out.one(await sc.me.get(), title="logged in as")
