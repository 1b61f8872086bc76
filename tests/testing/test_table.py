"""The declarative table of plain GET routes: complete, unambiguous, and strict about its rows."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from soundcloud_async.testing._app import operations
from soundcloud_async.testing._table import ROWS, ListOf, ReadOne

from ._spec import spec_operations

_READ_ONE_PATH = re.compile(r"/(tracks|users|playlists)/\{(track|user|playlist)_urn\}")


def test_no_operation_is_served_by_a_handler_and_a_row() -> None:
    served = Counter((op.method, op.path) for op in operations())
    assert [route for route, count in served.items() if count > 1] == []


def test_every_plain_read_of_the_spec_is_a_table_row() -> None:
    # `GET /<kind>/{<kind>_urn}` is the read-one shape by its path alone.
    plain_reads = {
        path
        for method, path in spec_operations().values()
        if method == "GET" and _READ_ONE_PATH.fullmatch(path)
    }
    rows = {row.path: row.kind for row in ROWS if isinstance(row, ReadOne)}
    assert plain_reads == {"/tracks/{track_urn}", "/users/{user_urn}", "/playlists/{playlist_urn}"}
    assert {path: path.split("/")[1] for path in plain_reads} == rows


def test_a_row_whose_path_lacks_its_kinds_parameter_is_refused() -> None:
    with pytest.raises(ValueError, match=r"\{track_urn\} path parameter"):
        ReadOne("GET", "/tracks/{user_urn}", kind="tracks")
    with pytest.raises(ValueError, match=r"\{user_urn\} path parameter"):
        ListOf(
            "GET", "/tracks/{track_urn}/fans", kind="users", relation="follows",
            direction="sources", item="users",
        )  # fmt: skip


def test_a_row_with_an_unknown_item_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown item kind 'comments'"):
        ListOf(
            "GET", "/tracks/{track_urn}/fans", kind="tracks", relation="track_likes",
            direction="sources", item="comments",
        )  # fmt: skip
