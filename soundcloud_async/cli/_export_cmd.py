"""`soundcloud export LIST [USER] --out FILE.jsonl`: every item as a JSON line, resumable.

Each page is written, flushed and fsynced, then the state file records the cursor after it
(see `_export_state`). Rerunning the same command after a crash, a kill or Ctrl-C continues
where the state says. `--since-last` on a finished export reads the list from the top again
and stops at the first item the last run had seen at the top: lists of likes, tracks,
playlists and follows come newest first (see docs/soundcloud-behaviour.md, Pagination).
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import IO, Any

import click

from soundcloud_async import SoundCloud
from soundcloud_async.cli._command import Invocation, runs_async
from soundcloud_async.cli._errors import fail
from soundcloud_async.cli._export_state import HEAD_SIZE, ExportState, state_path
from soundcloud_async.cli._output import as_dict
from soundcloud_async.cli._progress import progress_bar
from soundcloud_async.cli._read_cmds import LISTS, open_list
from soundcloud_async.cli._session import Identity, open_client

__all__ = ["export"]

# The profile count that announces each list's length (for the progress bar's total).
_TOTALS = {
    "likes": "public_favorites_count",
    "tracks": "track_count",
    "playlists": "playlist_count",
    "followers": "followers_count",
    "followings": "followings_count",
}


@click.command()
@click.argument("what", type=click.Choice(sorted(LISTS)))
@click.argument("user_ref", metavar="[USER]", required=False)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--since-last", is_flag=True, help="Only fetch what is new since the last export.")
@click.option("--page-size", type=click.IntRange(1, 200), default=200, show_default=True)
@runs_async
async def export(
    run: Invocation, what: str, user_ref: str | None, out: Path, since_last: bool, page_size: int
) -> None:
    """Export a list to FILE as JSON lines; rerun to resume after an interruption."""
    identity = Identity.USER if user_ref is None else Identity.ANY
    async with await open_client(run.options, identity) as sc:
        lister, user_urn = await open_list(sc, what, user_ref)
        state = _prepare(out, what, user_urn, since_last)
        if state is None:
            run.out.note(f"{out} is complete; --since-last fetches what is new")
            return
        before = state.count
        if state.stop_at is None:  # the whole list: the profile says how long it is
            bar = progress_bar(
                what, await _total(sc, what, user_urn), before, enabled=not run.out.json
            )
        else:  # only what is new: a counter, its length is unknown
            bar = progress_bar(f"new {what}", None, enabled=not run.out.json)
        try:
            with _open_output(out, state.offset) as file, bar as advance:
                await _copy(lister, page_size, state, file, out, advance)
        except asyncio.CancelledError:  # Ctrl-C: the saved state is already consistent
            run.out.note(f"stopped at {state.count}; run the same command to resume")
            raise
    summary = {"out": str(out), "list": what, "new": state.count - before, "count": state.count}
    if run.out.json:
        run.out.one(summary)
    else:
        run.out.note(f"{summary['new']} new {what}, {state.count} in {out}")


def _open_output(out: Path, offset: int) -> IO[bytes]:
    file = out.open("r+b" if out.exists() else "wb")
    file.truncate(offset)  # drop a page written after the last saved state
    file.seek(offset)
    return file


def _prepare(out: Path, what: str, user: str | None, since_last: bool) -> ExportState | None:
    """The state to run from; None when the export is already complete."""
    path = state_path(out)
    state = ExportState.load(path)
    if state is None:
        if out.exists() and out.stat().st_size:
            fail(f"{out} exists but has no export state: choose a new file or remove it")
        return ExportState(listing=what, user=user)
    if (state.listing, state.user) != (what, user):
        fail(f"{out} holds an export of {state.listing} of {state.user or 'yours'}, not this one")
    if not out.exists() or out.stat().st_size < state.offset:
        fail(f"{out} is shorter than its export state says: remove both to start over")
    if not state.complete:
        return state  # resume, whether a full run or a --since-last run was interrupted
    if not since_last:
        return None
    state.stop_at, state.cursor, state.complete = list(state.head), None, False
    state.head = []
    return state


async def _total(sc: SoundCloud, what: str, user: str | None) -> int | None:
    profile = as_dict(await (sc.me.get() if user is None else sc.users.get(user)))
    value = profile.get(_TOTALS[what])
    return value if isinstance(value, int) else None


async def _copy(
    lister: Any, page_size: int, state: ExportState, file: IO[bytes], out: Path, advance: Any
) -> None:
    stop_at: set[str] = set(state.stop_at or ())
    async for page in lister(page_size=page_size, cursor=state.cursor).pages():
        lines: list[str] = []
        reached_known = False
        for item in page.items:
            data = as_dict(item)
            identity = _identity(data)
            if identity in stop_at:
                reached_known = True
                break
            lines.append(json.dumps(data, ensure_ascii=False) + "\n")
            if len(state.head) < HEAD_SIZE:  # a run always starts at the top or resumes one
                state.head.append(identity)
        _write_page(file, lines)
        state.cursor, state.count, state.offset = page.cursor, state.count + len(lines), file.tell()
        if reached_known or page.cursor is None:
            _finish(state)
        state.save(state_path(out))
        advance(len(lines))
        if state.complete:
            return
    _finish(state)
    state.save(state_path(out))


def _identity(data: dict[str, Any]) -> str:
    # Older payloads may lack `urn`; kind and id name an item just as well.
    return str(data.get("urn") or f"{data.get('kind')}:{data.get('id')}")


def _finish(state: ExportState) -> None:
    state.complete = True
    if state.stop_at is not None:
        # New items go in front of the old head: the newest known items after this run.
        state.head = (state.head + state.stop_at)[:HEAD_SIZE]
        state.stop_at = None


def _write_page(file: IO[bytes], lines: list[str]) -> None:
    file.write("".join(lines).encode())
    file.flush()
    os.fsync(file.fileno())
