"""A fake SoundCloud for tests, demos and benchmarks: `FakeSoundCloud`.

One ASGI app serves the API routes and the auth-host routes (`/authorize`, `/oauth/token`)
from seeded, deterministic, stateful data. Use it in process through `fake.transport()`, over a
real loopback socket with `async with serve(fake) as url:`, or standalone with
`python -m soundcloud_async.testing serve --port 8080`. `client_for(fake)` builds a ready
`SoundCloud` client for it; `soundcloud_async.testing.pytest_plugin` offers pytest fixtures.
"""

from __future__ import annotations

try:  # only to fail early with the fix in the message, as soundcloud_async.fastapi does
    import starlette as _starlette  # noqa: F401
    import uvicorn as _uvicorn  # noqa: F401
except ImportError as _missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"soundcloud_async.testing needs {_missing.name or 'Starlette and uvicorn'}: "
        'pip install "soundcloud-async[testing]"'
    ) from _missing

from soundcloud_async.testing._clients import client_for, user_token
from soundcloud_async.testing._fake import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    FakeSoundCloud,
    FakeUser,
)
from soundcloud_async.testing._faults import ConnectionDropped, Fault, Faults
from soundcloud_async.testing._ratelimit_bodies import RATE_LIMIT_VARIANTS, RateLimitVariant
from soundcloud_async.testing._server import serve
from soundcloud_async.testing._sleep import RecordingSleep
from soundcloud_async.testing._tokenstats import TokenRequest, TokenStats

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "RATE_LIMIT_VARIANTS",
    "ConnectionDropped",
    "FakeSoundCloud",
    "FakeUser",
    "Fault",
    "Faults",
    "RateLimitVariant",
    "RecordingSleep",
    "TokenRequest",
    "TokenStats",
    "client_for",
    "serve",
    "user_token",
]
