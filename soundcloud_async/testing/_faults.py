"""Failure switches: the next N matching requests fail (or stall, or lose their connection).

`Faults` is the public API (`fake.faults`); `FaultMiddleware` applies it in front of every
route, the token endpoint included. Rules fire in the order they were added; each counts down
and is forgotten at zero. `path` is a prefix (`"/tracks"`, `"/oauth/token"`), `method` an
HTTP method; both default to "any".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from soundcloud_async.testing._errors import error_body, json_response
from soundcloud_async.testing._ratelimit_bodies import RateLimitVariant, rate_limit_response
from soundcloud_async.testing._world import Sleep

_HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>{status} {phrase}</title></head><body>"
    "<h1>{status} {phrase}</h1><p>The server encountered a temporary error. "
    "Please try again in 30 seconds.</p><hr><center>cloudfront</center></body></html>"
)


class ConnectionDropped(Exception):
    """Raised through the ASGI stack to close the connection without any response."""


@dataclass
class Fault:
    """One rule: how many more requests it hits, which ones, and what it does to them."""

    remaining: int
    path: str | None
    method: str | None
    delay: float = 0.0
    respond: Callable[[], Response] | None = None
    drop: bool = False
    answer_delay: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        """Whether the rule applies to a request."""
        return (self.method is None or self.method.upper() == method.upper()) and (
            self.path is None or path.startswith(self.path)
        )


class Faults:
    """Queue failures for the next requests. Every method returns the rule it added."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._rules: list[Fault] = []

    def _add(
        self,
        count: int,
        path: str | None,
        method: str | None,
        *,
        delay: float = 0.0,
        respond: Callable[[], Response] | None = None,
        drop: bool = False,
        answer_delay: float = 0.0,
    ) -> Fault:
        if count < 1:
            raise ValueError("count must be at least 1")
        rule = Fault(count, path, method, delay, respond, drop, answer_delay)
        self._rules.append(rule)
        return rule

    def rate_limit(
        self,
        count: int = 1,
        *,
        variant: RateLimitVariant = "documented",
        reset_in: float | None = 60.0,
        retry_after: float | str | None = None,
        path: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """429s with one of SoundCloud's bodies (`RATE_LIMIT_VARIANTS`).

        `reset_in` seconds from now becomes the body's `reset_time` (meta variants; None
        leaves it out); `retry_after` adds a `Retry-After` header (seconds or HTTP date).
        """
        reset_at = None if reset_in is None else self._clock() + reset_in
        header = None if retry_after is None else _header_value(retry_after)
        rate_limit_response(variant, reset_at, header)  # fail now on an unknown variant

        def respond() -> Response:
            return rate_limit_response(variant, reset_at, header)

        return self._add(count, path, method, respond=respond)

    def server_error(
        self,
        count: int = 1,
        *,
        status: int = 503,
        path: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """5xx answers with SoundCloud's JSON error envelope."""
        return self._add(count, path, method, respond=lambda: _json_error(status))

    def html_error(
        self,
        count: int = 1,
        *,
        status: int = 502,
        path: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """An HTML error page from the CDN (text/html), e.g. a 502 Bad Gateway."""
        return self._add(count, path, method, respond=lambda: _html_error(status))

    def status(
        self,
        count: int = 1,
        *,
        status: int,
        body: object = None,
        headers: dict[str, str] | None = None,
        path: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """Any status with any body: a dict/list is sent as JSON, a str as text/plain."""

        def respond() -> Response:
            if isinstance(body, str):
                return Response(body, status, headers, media_type="text/plain; charset=utf-8")
            return json_response(
                body if body is not None else error_body(status, ""), status, headers
            )

        return self._add(count, path, method, respond=respond)

    def slow(
        self, count: int = 1, *, seconds: float, path: str | None = None, method: str | None = None
    ) -> Fault:
        """Wait `seconds` (through the fake's injectable sleep), then answer normally."""
        return self._add(count, path, method, delay=seconds)

    def late_answer(
        self, count: int = 1, *, seconds: float, path: str | None = None, method: str | None = None
    ) -> Fault:
        """Handle the request at once, then hold the answer back for `seconds`.

        The fake's state changes before the wait: on `/oauth/token` a refresh token is already
        rotated (the old one spent) when the client gives up waiting, as on SoundCloud.
        """
        return self._add(count, path, method, answer_delay=seconds)

    def drop(self, count: int = 1, *, path: str | None = None, method: str | None = None) -> Fault:
        """Close the connection without a response (a transport error for the client)."""
        return self._add(count, path, method, drop=True)

    def clear(self) -> None:
        """Forget every pending rule."""
        self._rules.clear()

    @property
    def pending(self) -> int:
        """Requests still to be hit by some rule."""
        return sum(rule.remaining for rule in self._rules)

    def take(self, method: str, path: str) -> Fault | None:
        """The first rule matching a request, counted down (used by the middleware)."""
        for rule in self._rules:
            if rule.matches(method, path):
                rule.remaining -= 1
                if rule.remaining == 0:
                    self._rules.remove(rule)
                return rule
        return None

    def __repr__(self) -> str:
        return f"Faults(pending={self.pending})"


def _header_value(retry_after: float | str) -> str:
    if isinstance(retry_after, str):
        return retry_after
    return str(int(retry_after)) if float(retry_after).is_integer() else f"{retry_after:.3f}"


def _json_error(status: int) -> Response:
    return json_response(error_body(status, HTTPStatus(status).phrase), status)


def _html_error(status: int) -> Response:
    page = _HTML_PAGE.format(status=status, phrase=HTTPStatus(status).phrase)
    return Response(page, status, media_type="text/html; charset=utf-8")


class FaultMiddleware:
    """ASGI middleware that applies `Faults` before the app sees a request."""

    def __init__(self, app: ASGIApp, faults: Faults, sleep: Callable[[], Sleep]) -> None:
        self.app = app
        self.faults = faults
        self._sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rule = self.faults.take(scope["method"], scope["path"])
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.delay:
            await self._sleep()(rule.delay)
        if rule.drop:
            raise ConnectionDropped(f"fault: dropped {scope['method']} {scope['path']}")
        if rule.respond is not None:
            await rule.respond()(scope, receive, send)
        elif rule.answer_delay:
            await self._answer_late(rule.answer_delay, scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _answer_late(self, delay: float, scope: Scope, receive: Receive, send: Send) -> None:
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        await self._sleep()(delay)
        for message in held:
            await send(message)
