"""Low-level access to every generated endpoint function, by the spec's operationId.

The facade is the usual way in; this module is for callers who want the raw generated
functions (``asyncio`` / ``asyncio_detailed``) bound to their own ``httpx.AsyncClient``, and for
code that must walk every operation (reachability tests, pagination lookup).

    from soundcloud_async.endpoints import LowLevelClient, operation

    client = LowLevelClient(http=httpx.AsyncClient(base_url="https://api.soundcloud.com", auth=...))
    track = await operation("get_track").asyncio("soundcloud:tracks:1", client=client)
    async for user in paginate(client.http, "list_user_followers", "soundcloud:users:1"):
        ...
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from functools import cache
from types import MappingProxyType, ModuleType
from typing import Any

import httpx
import soundcloud_async_generated.api as _api
from soundcloud_async_generated import Client as LowLevelClient
from soundcloud_async_generated.types import Response

from soundcloud_async.pagination import DEFAULT_PAGE_SIZE, AsyncPaginator

__all__ = ["LowLevelClient", "Response", "operation", "operations", "paginate"]


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


def paginate(
    http: httpx.AsyncClient,
    operation_id: str,
    /,
    *path_params: object,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    cursor: str | None = None,
    prefetch: int = 0,
    **query_params: object,
) -> AsyncPaginator[Any]:
    """An `AsyncPaginator` over a list operation, items parsed with the spec's item model.

    List operations are the ones the spec marks with ``x-pagination``; the generated module
    carries that marker (``PAGINATION``) and the item model (``PAGE_ITEM``).

    Raises:
        KeyError: unknown operation id.
        ValueError: the operation is not a list operation, or a path parameter is invalid.
    """
    module = operation(operation_id)
    if module.PAGINATION is None or module.PAGE_ITEM is None:
        raise ValueError(f"{operation_id} is not a list operation (no x-pagination in the spec)")
    return AsyncPaginator(
        http=http,
        request=module.build_request(*path_params, **query_params),
        parse_item=module.PAGE_ITEM.from_dict,
        page_size=page_size,
        max_items=max_items,
        cursor=cursor,
        prefetch=prefetch,
    )
