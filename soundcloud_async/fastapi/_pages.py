"""Small HTML answers of the login router, and its cookie settings.

Failure pages say what happened and what to do; they never echo the query (code, state, or
an attacker's markup) and are not cached, since they answer URLs that carried one-time codes.
"""

from __future__ import annotations

import html

from starlette.responses import HTMLResponse, Response

from ._config import LoginSettings

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


def set_cookie(
    response: Response, settings: LoginSettings, name: str, value: str, *, max_age: int
) -> None:
    """Set an HttpOnly, SameSite=Lax cookie (Secure as configured) for the whole site.

    Lax lets the cookie ride along the top-level redirect back from SoundCloud while keeping
    it off cross-site POSTs and subresource requests.
    """
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        secure=settings.secure_cookies,
        httponly=True,
        samesite="lax",
    )


def delete_cookie(response: Response, settings: LoginSettings, name: str) -> None:
    """Expire a cookie set by `set_cookie` (same attributes, or browsers keep it)."""
    response.delete_cookie(
        name, path="/", secure=settings.secure_cookies, httponly=True, samesite="lax"
    )
