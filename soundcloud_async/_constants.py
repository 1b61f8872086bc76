"""Default settings shared by the client, the auth flow and the retry layer.

Every default lives here so the facade, the docs and the tests agree on one number.
"""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.soundcloud.com"
DEFAULT_AUTH_BASE_URL = "https://secure.soundcloud.com"

# httpx timeouts are per operation (one connect, one socket read or write), not per request.
# A healthy SoundCloud answers in well under a second; 5 s to connect fails fast on a dead
# network, 30 s of read silence is generous for large collection pages (limit=200).
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)

# Uploads go up to 4 GB per file (see docs/soundcloud-behaviour.md, Uploads): a slow uplink
# may stall one chunk write for a while, and SoundCloud only answers once the whole body has
# been received.
UPLOAD_TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=120.0, pool=10.0)

# SoundCloud serves at most 200 items per page (`limit`, see docs/soundcloud-behaviour.md); list
# methods ask for that many unless told otherwise, so a long list takes the fewest requests.
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE

# httpx's own pool defaults, spelled out because the client also bounds how many requests may
# wait for a connection (_gate._Gated).
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_LIMITS = httpx.Limits(max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=20)

# Retry defaults (see docs/architecture.md, "Retries").
DEFAULT_MAX_RETRIES = 3
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25
# Longest server-announced wait (Retry-After or 429 reset_time) we sleep through; beyond it the
# 429 surfaces at once as RateLimitError. Daily play quotas reset hours later
# (see docs/soundcloud-behaviour.md, Rate limits).
MAX_RETRY_WAIT = 60.0
# Overall budget of one call, first attempt to last retry: room for one honoured 60 s wait
# plus the attempts around it, still bounded.
DEFAULT_RETRY_DEADLINE = 90.0
