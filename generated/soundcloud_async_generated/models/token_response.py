from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse(SoundCloudModel):
    """
    Attributes:
        access_token (str):
        token_type (None | str): `bearer`; send the token with the `OAuth` prefix anyway.
        expires_in (int | None): Seconds; about 3600.
        refresh_token (None | str): Replaces the previous refresh token, which is now spent.
        scope (None | str):
    """

    access_token: str
    token_type: None | str = None
    expires_in: int | None = None
    refresh_token: None | str = None
    scope: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type: Any = None
        if self.token_type is not None:
            token_type = self.token_type

        expires_in: Any = None
        if self.expires_in is not None:
            expires_in = self.expires_in

        refresh_token: Any = None
        if self.refresh_token is not None:
            refresh_token = self.refresh_token

        scope: Any = None
        if self.scope is not None:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
                "refresh_token": refresh_token,
                "scope": scope,
            }
        )
        if self._present_keys is not None:
            for key in _OPTIONAL_KEYS.difference(self._present_keys):
                if field_dict[key] is None:
                    del field_dict[key]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        access_token = pop("access_token", UNSET)
        token_type = pop("token_type", None)
        expires_in = pop("expires_in", None)
        refresh_token = pop("refresh_token", None)
        scope = pop("scope", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (access_token.__class__ is str)
            and (token_type is None or token_type.__class__ is str)
            and (expires_in is None or expires_in.__class__ is int)
            and (refresh_token is None or refresh_token.__class__ is str)
            and (scope is None or scope.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if cls is TokenResponse:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            token_response = _new(cls)
            token_response.access_token = access_token
            token_response.token_type = token_type
            token_response.expires_in = expires_in
            token_response.refresh_token = refresh_token
            token_response.scope = scope
            token_response._present_keys = None
        else:
            token_response = cls(
                access_token,
                token_type,
                expires_in,
                refresh_token,
                scope,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        token_response.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 5:
            token_response._present_keys = tuple(src_dict)
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


_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "token_type",
        "expires_in",
        "refresh_token",
        "scope",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("access_token", ("string",)),
    ("token_type", ("string", "null", "missing")),
    ("expires_in", ("integer", "null", "missing")),
    ("refresh_token", ("string", "null", "missing")),
    ("scope", ("string", "null", "missing")),
)
