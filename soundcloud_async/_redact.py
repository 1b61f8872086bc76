"""Redaction of secrets before anything reaches a log line, a repr or an exception message.

Every place that renders a request (errors, retry logs, event hooks, the filter on httpx's
loggers) goes through here, so a new secret-bearing parameter is added once.

Two ways a secret is found: by name (the value of a `SECRET_KEYS` query or form parameter) and
by shape, in any text (`secret_token=...` inside a longer string, and the `s-...` segment of a
private share link, also percent-encoded when the link itself is a query value, as for
`/resolve?url=...`). A permalink that happens to start with `s-` is hidden too: redacting too
much is the safe side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import httpx

REDACTED = "[redacted]"

# Query and form keys whose values are credentials or one-time codes
# (see docs/soundcloud-behaviour.md, "Tokens and OAuth").
# `secret_token` unlocks private tracks and playlists, so it is a secret too.
SECRET_KEYS = frozenset(
    {
        "access_token",
        "client_secret",
        "code",
        "code_verifier",
        "oauth_token",
        "password",
        "refresh_token",
        "secret_token",
        "state",
    }
)

SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})

# `key=value` of a secret key in free text; `%3D` is the `=` of a URL nested in a query value.
# The look-behind keeps `error_code=` or `country_code=` from matching as `code=`.
_SECRET_PAIR = re.compile(
    r"(?<![A-Za-z0-9_])(" + "|".join(sorted(SECRET_KEYS)) + r")(=|%3D)[^&\s'\"#<>]+",
    re.IGNORECASE,
)
# A private share link ends in an `s-` segment that grants access by itself (see
# docs/soundcloud-behaviour.md, "Redirects and private links"). `%2F` is a slash inside an
# encoded query value; a host such as `//s-media.example` is not a segment.
_SHARE_SEGMENT = re.compile(r"(?<!/)(?<!%2F)(/|%2F)s-[A-Za-z0-9_-]+", re.IGNORECASE)


def redact_url(url: httpx.URL | str) -> str:
    """Return `url` as text with userinfo, secret query values and share-link tokens replaced."""
    try:
        parsed = httpx.URL(url) if isinstance(url, str) else url
    except (httpx.InvalidURL, ValueError):  # a server's malformed link is still shown safely
        return redact_secrets(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    if parsed.query:
        params = [
            (key, REDACTED if key.lower() in SECRET_KEYS else value)
            for key, value in parsed.params.multi_items()
        ]
        parsed = parsed.copy_with(params=params)
    return redact_secrets(str(parsed))


def redact_secrets(text: str) -> str:
    """Replace, in any text, secrets recognisable by their shape (see the module docstring)."""
    text = _SECRET_PAIR.sub(lambda match: f"{match[1]}{match[2]}{REDACTED}", text)
    return _SHARE_SEGMENT.sub(lambda match: f"{match[1]}{REDACTED}", text)


def redact_text(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each known secret value in `text`, then `redact_secrets`."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return redact_secrets(text)
