"""The error tree: status mapping, body parsing, messages, and secrets kept out."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from soundcloud_async._ratelimit import MAX_ANNOUNCED_WAIT
from soundcloud_async._redact import redact_url
from soundcloud_async.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ErrorBody,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SoundCloudError,
    TokenRefreshError,
    UnprocessableEntityError,
    error_class_for,
    error_from_response,
    error_from_transport_error,
    raise_for_status,
)

NOW = datetime(2015, 6, 1, 9, 0, 0, tzinfo=UTC)
TOKEN = "1-123456-abcdefSECRETTOKEN"
URL = "https://api.soundcloud.com/tracks/soundcloud:tracks:1"

NAMED = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _expected_class(status: int) -> type[APIStatusError]:
    if status in NAMED:
        return NAMED[status]
    return ServerError if status >= 500 else APIStatusError


def _response(
    status: int,
    content: bytes | str = b"",
    *,
    method: str = "GET",
    url: str = URL,
    headers: dict[str, str] | None = None,
    token: str = TOKEN,
) -> httpx.Response:
    request = httpx.Request(method, url, headers={"Authorization": f"OAuth {token}"})
    return httpx.Response(status, content=content, headers=headers, request=request)


@pytest.mark.parametrize("status", range(400, 600))
def test_every_status_maps_to_a_class(status: int) -> None:
    error = error_from_response(_response(status))
    assert type(error) is _expected_class(status)
    assert error_class_for(status) is _expected_class(status)
    assert error.status_code == status
    assert error.method == "GET"
    assert str(status) in str(error)


def test_the_tree() -> None:
    roots: list[type[Exception]] = [
        ConfigurationError,
        TokenRefreshError,
        APIConnectionError,
        APIStatusError,
        ResponseValidationError,
        PaginationError,
    ]
    for root in roots:
        assert issubclass(root, SoundCloudError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in (*NAMED.values(), ServerError):
        assert issubclass(cls, APIStatusError)
    assert not issubclass(APIConnectionError, APIStatusError)


def test_html_502_page_becomes_server_error_with_its_title() -> None:
    page = (
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title>"
        "<style>body { color: red }</style></head>"
        "<body><h1>502 Bad Gateway</h1><p>cloudfront</p></body></html>"
    )
    error = error_from_response(_response(502, page, headers={"content-type": "text/html"}))
    assert isinstance(error, ServerError)
    assert error.error is None
    assert error.body_snippet == "502 Bad Gateway"
    assert str(error) == f"502 Bad Gateway: 502 Bad Gateway (GET {URL})"


def test_html_without_title_keeps_visible_text_only() -> None:
    page = (
        "<html><script>var t = 1;</script><body><h1>Service</h1> <b>Unavailable</b></body></html>"
    )
    error = error_from_response(_response(503, page))
    assert error.body_snippet == "Service Unavailable"


def test_empty_500_body() -> None:
    error = error_from_response(_response(500))
    assert isinstance(error, ServerError)
    assert (error.error, error.body_snippet) == (None, None)
    assert str(error) == f"500 Internal Server Error: empty body (GET {URL})"


def test_json_error_envelope_is_parsed() -> None:
    body = {
        "code": 401,
        "message": "invalid token",
        "link": "https://developers.soundcloud.com/docs/api/explorer/open-api",
        "status": "401 - Unauthorized",
        "errors": [{"error_message": "invalid token"}],
        "error": None,
    }
    error = error_from_response(_response(401, json.dumps(body)))
    assert isinstance(error, AuthenticationError)
    assert error.error == ErrorBody(
        code=401,
        message="invalid token",
        link="https://developers.soundcloud.com/docs/api/explorer/open-api",
        details=("invalid token",),
    )
    assert error.body_snippet is None
    assert str(error) == f"401 Unauthorized: invalid token (GET {URL})"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # legacy (<= 2018)
        (
            {"errors": [{"error_message": "404 - Not Found"}]},
            ErrorBody(message="404 - Not Found", details=("404 - Not Found",)),
        ),
        # 2021+ envelope with an empty message and no errors: the status string is all there is
        (
            {"code": 404, "message": "", "status": "404 - Not Found", "errors": [], "error": None},
            ErrorBody(code=404, message="404 - Not Found"),
        ),
        # OAuth-style token error (RFC 6749 §5.2)
        (
            {"error": "invalid_grant", "error_description": "refresh token already used"},
            ErrorBody(message="refresh token already used", error_code="invalid_grant"),
        ),
        ({"error": "rate_limit_exceeded"}, ErrorBody(error_code="rate_limit_exceeded")),
        ({"error": "Rate Limit Exceeded"}, ErrorBody(message="Rate Limit Exceeded")),
        # nested nulls and wrong types everywhere
        (
            {"code": True, "message": None, "link": 5, "errors": [None, {"error_message": 3}]},
            None,
        ),
        ({"errors": {"error_message": "x"}}, None),
        ({"collection": []}, None),
        ([{"error_message": "x"}], None),
        ("just a string", None),
        (None, None),
        (17, None),
    ],
)
def test_error_body_shapes(body: object, expected: ErrorBody | None) -> None:
    assert ErrorBody.parse(body) == expected


@pytest.mark.parametrize(
    "content",
    [
        b"[]",
        b'"a string"',
        b"null",
        b'{"errors": [null]}',
        b"\xff\xfe garbage \x00",
        b"[" * 50_000,
        b" ",  # the 2015 401 had a one-space body
    ],
)
def test_any_body_becomes_an_error(content: bytes) -> None:
    error = error_from_response(_response(401, content))
    assert isinstance(error, AuthenticationError)
    assert len(str(error)) < 400


def test_long_text_body_is_truncated() -> None:
    error = error_from_response(_response(500, "x" * 10_000))
    assert error.body_snippet is not None
    assert len(error.body_snippet) == 200
    assert error.body_snippet.endswith("…")


def test_unknown_4xx_without_reason_phrase() -> None:
    error = error_from_response(_response(499, "client closed"))
    assert type(error) is APIStatusError
    assert str(error) == f"499: client closed (GET {URL})"


def test_response_without_request_or_unread_body() -> None:
    bare = error_from_response(httpx.Response(404, content=b"nope"))
    assert (bare.method, bare.url, bare.body_snippet) == ("", "", "nope")

    async def chunks() -> object:
        yield b"never read"

    unread = httpx.Response(500, content=chunks(), request=httpx.Request("GET", URL))  # type: ignore[arg-type]
    error = error_from_response(unread)
    assert isinstance(error, ServerError)
    assert error.body_snippet is None


def test_raise_for_status() -> None:
    raise_for_status(_response(200))
    raise_for_status(_response(302))
    with pytest.raises(NotFoundError) as caught:
        raise_for_status(_response(404, '{"errors":[{"error_message":"404 - Not Found"}]}'))
    assert caught.value.error is not None
    assert caught.value.error.message == "404 - Not Found"


# --- 429 -------------------------------------------------------------------------------------

DOCUMENTED_429 = {
    "errors": [
        {
            "meta": {
                "rate_limit": {
                    "group": "plays",
                    "max_nr_of_requests": 15000,
                    "time_window": "PT24H",
                },
                "remaining_requests": 0,
                "reset_time": "2015/06/01 10:00:00 +0000",
            }
        }
    ]
}


def test_documented_429_carries_the_limit_and_reset() -> None:
    error = error_from_response(_response(429, json.dumps(DOCUMENTED_429)), now=NOW)
    assert isinstance(error, RateLimitError)
    assert error.reset_at == datetime(2015, 6, 1, 10, 0, tzinfo=UTC)
    assert error.retry_after == 3600.0
    assert error.rate_limit is not None
    assert (error.rate_limit.group, error.rate_limit.max_requests) == ("plays", 15000)
    assert (error.rate_limit.time_window, error.rate_limit.remaining) == ("PT24H", 0)
    assert str(error) == (
        "429 Too Many Requests: rate limit 'plays' exceeded (15000 requests per PT24H); "
        f"retry after 3600 s (GET {URL})"
    )


def test_retry_after_header_sets_reset_at() -> None:
    response = _response(429, b"Please slow down.", headers={"retry-after": "30"})
    error = error_from_response(response, now=NOW)
    assert isinstance(error, RateLimitError)
    assert (error.retry_after, error.reset_at) == (30.0, NOW + timedelta(seconds=30))
    assert error.body_snippet == "Please slow down."
    assert "Please slow down.; retry after 30 s" in str(error)


@pytest.mark.parametrize(
    ("body", "message_part", "error_code"),
    [
        (b'{"error":"Rate Limit Exceeded"}', "Rate Limit Exceeded", None),
        # The parsed code is the message: "rate limited" only when the body says nothing.
        (b'{"error":"rate_limit_exceeded"}', "rate_limit_exceeded", "rate_limit_exceeded"),
        (
            b'{"code":429,"message":"rate_limit_exceeded","errors":[{"error_message":'
            b'"rate_limit_exceeded"}],"error":null,"error_code":"rate_limit_exceeded"}',
            "rate_limit_exceeded",
            "rate_limit_exceeded",
        ),
        (b"Please slow down.", "Please slow down.", None),
        (b"", "rate limited", None),
        (b'{"retry-after": "garbage"}', "{", None),
    ],
)
def test_429_without_reset_info(body: bytes, message_part: str, error_code: str | None) -> None:
    error = error_from_response(_response(429, body, headers={"retry-after": "garbage"}), now=NOW)
    assert isinstance(error, RateLimitError)
    assert (error.retry_after, error.reset_at, error.rate_limit) == (None, None, None)
    assert message_part in str(error)
    assert (error.error.error_code if error.error else None) == error_code


# --- secrets ------------------------------------------------------------------------------------


def test_messages_and_reprs_hold_no_secrets() -> None:
    url = "https://api.soundcloud.com/tracks/1?secret_token=s-PRIVATE&client_secret=CS&limit=5"
    echoed = json.dumps({"message": f"token {TOKEN} and s-PRIVATE are not valid here"})
    error = error_from_response(_response(403, echoed, url=url))
    rendered = [str(error), repr(error), error.url, repr(error.error)]
    for text in rendered:
        for secret in (TOKEN, "s-PRIVATE", "CS&"):
            assert secret not in text
    assert "limit=5" in error.url
    assert error.error is not None
    assert error.error.message == "token [redacted] and [redacted] are not valid here"


def test_token_endpoint_secrets_are_redacted_from_snippets() -> None:
    basic = base64.b64encode(b"my-client-id:MY-CLIENT-SECRET").decode()
    request = httpx.Request(
        "POST",
        "https://secure.soundcloud.com/oauth/token",
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "refresh_token", "refresh_token": "RT-OLD-1234"},
    )
    body = f"<html><body>bad: RT-OLD-1234 MY-CLIENT-SECRET {basic}</body></html>"
    error = error_from_response(httpx.Response(400, content=body, request=request))
    for text in (str(error), repr(error), error.body_snippet or ""):
        for secret in ("RT-OLD-1234", "MY-CLIENT-SECRET", basic):
            assert secret not in text
    assert "bad:" in str(error)


def test_429_message_holds_no_secrets() -> None:
    body = f"slow down {TOKEN}"
    error = error_from_response(_response(429, body, headers={"retry-after": "5"}), now=NOW)
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)


@pytest.mark.parametrize(
    ("exception", "expected"),
    [
        (httpx.ConnectError(f"refused {TOKEN}"), APIConnectionError),
        (httpx.ConnectTimeout("timed out"), APITimeoutError),
        (httpx.ReadTimeout(""), APITimeoutError),
        (httpx.RemoteProtocolError("server disconnected"), APIConnectionError),
    ],
)
def test_transport_errors_are_wrapped(
    exception: httpx.TransportError, expected: type[APIConnectionError]
) -> None:
    request = httpx.Request(
        "GET", f"{URL}?secret_token=s-PRIVATE", headers={"Authorization": f"OAuth {TOKEN}"}
    )
    exception.request = request
    error = error_from_transport_error(exception)
    assert type(error) is expected
    assert error.request is request
    assert str(error).startswith(type(exception).__name__)
    assert f"(GET {redact_url(URL + '?secret_token=s-PRIVATE')})" in str(error)
    for text in (str(error), repr(error)):
        assert TOKEN not in text
        assert "s-PRIVATE" not in text


def test_transport_error_without_request() -> None:
    error = error_from_transport_error(httpx.ConnectError("refused"))
    assert (type(error), error.request, str(error)) == (
        APIConnectionError,
        None,
        "ConnectError: refused",
    )


def test_token_refresh_error_signature() -> None:
    error = TokenRefreshError(
        "token endpoint refused", error_code="invalid_grant", status_code=400, retry_after=None
    )
    assert (error.error_code, error.status_code, error.retry_after) == ("invalid_grant", 400, None)
    assert str(error) == "token endpoint refused"


def test_response_validation_error_keeps_the_response() -> None:
    response = _response(200, b"[]")
    assert ResponseValidationError("bad", response=response).response is response
    assert ResponseValidationError("bad").response is None


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"retry-after": "1" + "0" * 400}, b""),  # overflows a float
        ({"retry-after": "1" + "0" * 29}, b""),
        ({"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"}, b""),
        ({"retry-after": "30"}, json.dumps(DOCUMENTED_429).encode()),  # header and body differ
        ({}, json.dumps(DOCUMENTED_429).encode()),
        ({}, json.dumps(DOCUMENTED_429).replace("2015/06/01 10", "2015/06/01 08").encode()),
        ({}, json.dumps(DOCUMENTED_429).replace("2015/", "9999/").encode()),
    ],
)
def test_retry_after_and_reset_at_always_agree(headers: dict[str, str], body: bytes) -> None:
    error = error_from_response(_response(429, body, headers=headers), now=NOW)
    assert isinstance(error, RateLimitError)
    assert error.retry_after is not None
    assert error.reset_at == NOW + timedelta(seconds=error.retry_after)
    assert 0.0 <= error.retry_after <= MAX_ANNOUNCED_WAIT
