"""Small HTML answers of the login router, and its cookie settings.

Failure pages say what happened and what to do; they never echo the query (code, state, or
an attacker's markup) and are not cached, since they answer URLs that carried one-time codes.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from starlette.responses import HTMLResponse, Response

from soundcloud_async.fastapi._config import LoginSettings

__all__ = ["delete_cookie", "error_page", "set_cookie"]

# Pages reached with ?code=... must not leak it through the Referer of their links.
PRIVATE_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>{message}</p><p><a href="{retry}">Try again</a></p></body></html>
"""


def error_page(status: int, title: str, message: str, *, retry_url: str) -> HTMLResponse:
    """A short HTML page with a link to start over."""
    body = _PAGE.format(
        title=html.escape(title), message=html.escape(message), retry=html.escape(retry_url)
    )
    return HTMLResponse(body, status_code=status, headers=PRIVATE_HEADERS)


def set_cookie(response: Response, name: str, value: str, *, max_age: int, secure: bool) -> None:
    """Set an HttpOnly, SameSite=Lax cookie for the whole site.

    Lax lets the cookie ride along the top-level redirect back from SoundCloud while keeping
    it off cross-site POSTs and subresource requests.
    """
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        secure=secure,
        httponly=True,
        samesite="lax",
    )


def delete_cookie(response: Response, name: str, *, secure: bool) -> None:
    """Expire a cookie set by `set_cookie` (same attributes, or browsers keep it)."""
    response.delete_cookie(name, path="/", secure=secure, httponly=True, samesite="lax")


def cookies_are_secure(settings: LoginSettings, redirect_uri: str) -> bool:
    """Whether to mark the login cookies Secure: as configured, else as the browser's scheme.

    The scheme of the callback URL is the one the browser uses (`redirect_uri` is set
    explicitly behind a TLS-terminating proxy, where the request itself arrives over http).
    """
    if settings.secure_cookies is not None:
        return settings.secure_cookies
    return urlsplit(redirect_uri).scheme == "https"


def insecure_transport_hint(settings: LoginSettings, redirect_uri: str) -> str | None:
    """Why no login cookie can come back, when Secure cookies are set over plain http."""
    if settings.secure_cookies and urlsplit(redirect_uri).scheme == "http":
        return (
            "the login cookies are Secure (LoginSettings(secure_cookies=True)) but this site is "
            "served over plain http, so the browser never sends them back: serve it over https "
            "or leave secure_cookies unset (it then follows the scheme)"
        )
    return None
