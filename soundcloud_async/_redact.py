"""Redaction of secrets before anything reaches a log line, a repr or an exception message.

Every place that renders a request (errors, retry logs, event hooks) goes through here, so a
new secret-bearing parameter is added once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

REDACTED = "[redacted]"

# Query and form keys whose values are credentials or one-time codes (soundcloud-api.md §6.2).
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


def redact_url(url: httpx.URL | str) -> str:
    """Return `url` as text with secret query values and userinfo replaced."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    if not parsed.query:
        return str(parsed)
    params = [
        (key, REDACTED if key.lower() in SECRET_KEYS else value)
        for key, value in parsed.params.multi_items()
    ]
    return str(parsed.copy_with(params=params))


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """Return a plain dict of `headers` with credentials replaced."""
    return {
        key: (REDACTED if key.lower() in SECRET_HEADERS else value)
        for key, value in headers.items()
    }


def redact_text(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each known secret value in `text`."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text
