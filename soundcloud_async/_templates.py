"""The spec's path template of a request (`/tracks/{track_urn}`), found from its method and path.

Traces group calls by operation, never by filled path (an id per span name would make every
call its own series). The template is looked up from the request's method and path rather than
carried on each request: that also names the requests that do not come from one generated call
(paginator pages built from a `next_href`, `resolve`'s redirect, handwritten uploads). The
operations come from `soundcloud_async_generated.operations`, a table `make generate` writes;
it is read on first use, only by clients that observe their calls (hooks or OTel).
"""

from __future__ import annotations

from functools import cache

__all__ = ["url_template"]

_Pattern = tuple[str | None, ...]  # a literal segment, or None for a `{parameter}`


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
    # Imported here: a client that observes nothing never loads the table.
    from soundcloud_async_generated.operations import OPERATIONS

    table: dict[tuple[str, int], list[tuple[_Pattern, str]]] = {}
    for method, template in OPERATIONS:
        _add(table, method, template)
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
