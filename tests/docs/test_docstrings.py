"""What `help(sc.me.activities)` shows: a deprecated operation says so exactly once."""

from __future__ import annotations

import inspect
import re

from soundcloud_async import SoundCloud
from soundcloud_async.endpoints import operation

NAMESPACES = ("me", "tracks", "users", "playlists", "search", "likes", "reposts")


def facade_methods() -> dict[str, str]:
    """`namespace.method` -> docstring, for every public method of the facade's namespaces."""
    sc = SoundCloud(client_id="docs", client_secret="docs")
    found = {}
    for name in NAMESPACES:
        namespace = getattr(sc, name)
        for attribute, member in inspect.getmembers(namespace, inspect.ismethod):
            if not attribute.startswith("_"):
                found[f"{name}.{attribute}"] = inspect.getdoc(member) or ""
    return found


def test_deprecated_operations_say_so_once() -> None:
    deprecated = {}
    for method, doc in facade_methods().items():
        operation_id = re.search(r"Operation `(\w+)`", doc)
        if operation_id and operation(operation_id[1]).DEPRECATED:
            deprecated[method] = len(re.findall("deprecated", doc, re.IGNORECASE))
    assert len(deprecated) >= 10  # the legacy operations the spec keeps
    assert deprecated == dict.fromkeys(deprecated, 1)
