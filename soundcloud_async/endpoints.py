"""Low-level access to every generated endpoint function, by the spec's operationId.

The facade is the usual way in; this module is for callers who want the raw generated
functions (``asyncio`` / ``asyncio_detailed``) bound to their own ``httpx.AsyncClient``, and for
code that must walk every operation (reachability tests, pagination lookup).

    from soundcloud_async.endpoints import LowLevelClient, operation

    client = LowLevelClient(http=httpx.AsyncClient(base_url="https://api.soundcloud.com", auth=...))
    track = await operation("get_track").asyncio("soundcloud:tracks:1", client=client)
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from functools import cache
from types import MappingProxyType, ModuleType

import soundcloud_async_generated.api as _api
from soundcloud_async_generated import Client as LowLevelClient
from soundcloud_async_generated.types import Response

__all__ = ["LowLevelClient", "Response", "operation", "operations"]


@cache
def operations() -> MappingProxyType[str, ModuleType]:
    """Every generated endpoint module, keyed by operationId (imported once, then cached)."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(_api.__path__, prefix=f"{_api.__name__}."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        found[module.OPERATION_ID] = module
    return MappingProxyType(dict(sorted(found.items())))


def operation(operation_id: str) -> ModuleType:
    """The generated endpoint module of one operation.

    Raises:
        KeyError: no operation has that id; the message lists the close matches.
    """
    modules = operations()
    try:
        return modules[operation_id]
    except KeyError:
        close = difflib.get_close_matches(operation_id, modules, n=5)
        raise KeyError(f"unknown operation {operation_id!r}; similar: {close}") from None
