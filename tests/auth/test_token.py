"""Unit tests of the Token value: redaction, JSON round-trip, refresh deadline."""

from __future__ import annotations

import json

import pytest

from soundcloud_async._token import Token
from soundcloud_async.errors import ConfigurationError

from .conftest import NOW, OLD_ACCESS, OLD_REFRESH


def test_token_repr_and_str_hide_secrets() -> None:
    token = Token(OLD_ACCESS, OLD_REFRESH, expires_at=NOW, scope="non-expiring")
    for text in (repr(token), str(token), f"{token}", repr([token])):
        assert OLD_ACCESS not in text
        assert OLD_REFRESH not in text
        assert "non-expiring" in text


def test_token_json_round_trip() -> None:
    token = Token(OLD_ACCESS, OLD_REFRESH, expires_at=NOW, lifetime=3599.0, app_only=True)
    assert Token.from_json(token.to_json()) == token
    assert json.loads(token.to_json())["version"] == 1


def test_token_without_optional_fields_round_trips() -> None:
    token = Token(OLD_ACCESS)
    assert Token.from_json(token.to_json()) == token


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('{"access_token": ""}', "access_token"),
        ('{"refresh_token": "x"}', "access_token"),
        ('{"access_token": "a", "expires_at": "soon"}', "expires_at"),
        ('{"access_token": "a", "expires_at": true}', "expires_at"),
        ('{"access_token": "a", "lifetime": NaN}', "lifetime"),
        ('{"access_token": "a", "refresh_token": 7}', "refresh_token"),
        ('{"access_token": "a", "app_only": "yes"}', "app_only"),
    ],
)
def test_token_from_json_names_the_bad_field(text: str, field: str) -> None:
    with pytest.raises(ConfigurationError, match=field):
        Token.from_json(text)


@pytest.mark.parametrize("text", ["", "<html>", "[1, 2]", '"token"'])
def test_token_from_json_rejects_non_objects(text: str) -> None:
    with pytest.raises(ConfigurationError, match="stored token"):
        Token.from_json(text)


def test_token_requires_an_access_token() -> None:
    with pytest.raises(ConfigurationError, match="access_token"):
        Token("")


def test_refresh_margin_is_capped_at_half_the_lifetime() -> None:
    hour = Token(OLD_ACCESS, expires_at=NOW + 3600, lifetime=3600)
    assert hour.refresh_at(300) == NOW + 3300
    short = Token(OLD_ACCESS, expires_at=NOW + 120, lifetime=120)
    assert short.refresh_at(300) == NOW + 60
    unknown_lifetime = Token(OLD_ACCESS, expires_at=NOW + 120)
    assert unknown_lifetime.refresh_at(300) == NOW - 180
    assert Token(OLD_ACCESS).refresh_at(300) is None
