from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """
    Attributes:
        access_token (str):
        token_type (None | str | Unset): `bearer`; send the token with the `OAuth` prefix anyway.
        expires_in (int | None | Unset): Seconds; about 3600.
        refresh_token (None | str | Unset): Replaces the previous refresh token, which is now spent.
        scope (None | str | Unset):
    """

    access_token: str
    token_type: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type: None | str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        else:
            token_type = self.token_type

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        access_token = pop("access_token", UNSET)
        token_type = pop("token_type", UNSET)
        expires_in = pop("expires_in", UNSET)
        refresh_token = pop("refresh_token", UNSET)
        scope = pop("scope", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (access_token.__class__ is str)
            and (
                token_type is None or token_type.__class__ is str or token_type is UNSET
            )
            and (
                expires_in is None or expires_in.__class__ is int or expires_in is UNSET
            )
            and (
                refresh_token is None
                or refresh_token.__class__ is str
                or refresh_token is UNSET
            )
            and (scope is None or scope.__class__ is str or scope is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        token_response = cls(
            access_token,
            token_type,
            expires_in,
            refresh_token,
            scope,
        )

        token_response.additional_properties = d
        return token_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("access_token", ("string",)),
    ("token_type", ("string", "null", "missing")),
    ("expires_in", ("integer", "null", "missing")),
    ("refresh_token", ("string", "null", "missing")),
    ("scope", ("string", "null", "missing")),
)
