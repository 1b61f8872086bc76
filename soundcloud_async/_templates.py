"""The spec's path template of a request (`/tracks/{track_urn}`), found from its method and path.

Traces group calls by operation, never by filled path (an id per span name would make every
call its own series). The template is derived here from the generated endpoint modules'
`METHOD` and `PATH` rather than carried on each request: that needs no change to the generated
request building, and it also names the requests that do not come from one generated call
(paginator pages built from a `next_href`, `resolve`'s redirect, handwritten uploads).

The table is built on first use, only by clients that observe their calls (hooks or OTel),
by reading those two constants from the modules' source: importing all 72 modules (and the
models they import) would cost about 190 ms, reading them about 5 ms.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

__all__ = ["url_template"]

_Pattern = tuple[str | None, ...]  # a literal segment, or None for a `{parameter}`
# The generated modules' constants (templates/endpoint_module.py.jinja), one per line.
_CONSTANT = re.compile(r'^(METHOD|PATH) = "([^"]*)"$', re.MULTILINE)


def url_template(method: str, path: str) -> str | None:
    """The path template of the operation `method path` belongs to, or None if none does.

    A literal segment wins over a parameter (`/me/followings/tracks` is not
    `/me/followings/{user_urn}`).
    """
    segments = tuple(path.strip("/").split("/")) if path.strip("/") else ()
    for pattern, template in _table().get((method.upper(), len(segments)), ()):
        if all(
            part is None or part == segment for part, segment in zip(pattern, segments, strict=True)
        ):
            return template
    return None


@cache
def _table() -> dict[tuple[str, int], list[tuple[_Pattern, str]]]:
    # Imported here: `from soundcloud_async import SoundCloud` loads no generated endpoint code.
    import soundcloud_async_generated.api as _api

    table: dict[tuple[str, int], list[tuple[_Pattern, str]]] = {}
    for folder in _api.__path__:
        for source in sorted(Path(folder).glob("*/*.py")):
            constants = dict(_CONSTANT.findall(source.read_text(encoding="utf-8")))
            if "METHOD" in constants and "PATH" in constants:
                _add(table, constants["METHOD"], constants["PATH"])
    for candidates in table.values():
        # Most literal segments first, so the most specific template matches.
        candidates.sort(key=lambda entry: sum(part is None for part in entry[0]))
    return table


def _add(
    table: dict[tuple[str, int], list[tuple[_Pattern, str]]], method: str, template: str
) -> None:
    parts = tuple(template.strip("/").split("/")) if template.strip("/") else ()
    pattern = tuple(None if part.startswith("{") else part for part in parts)
    table.setdefault((method.upper(), len(parts)), []).append((pattern, template))
