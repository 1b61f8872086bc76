from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import (
    UNSET,
    SoundCloudModel,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest(SoundCloudModel):
    """Token endpoint form. Which fields are needed depends on `grant_type`.

    Attributes:
        grant_type (GrantType):
        client_id (str | Unset):
        client_secret (str | Unset):
        code (str | Unset): The authorization code (authorization_code grant).
        code_verifier (str | Unset): The PKCE verifier (authorization_code grant).
        redirect_uri (str | Unset):
        refresh_token (str | Unset): The single-use refresh token (refresh_token grant).
    """

    grant_type: GrantType
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    code: str | Unset = UNSET
    code_verifier: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        code = self.code

        code_verifier = self.code_verifier

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if code is not UNSET:
            field_dict["code"] = code
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        _grant_type = pop("grant_type", UNSET)
        client_id = pop("client_id", UNSET)
        client_secret = pop("client_secret", UNSET)
        code = pop("code", UNSET)
        code_verifier = pop("code_verifier", UNSET)
        redirect_uri = pop("redirect_uri", UNSET)
        refresh_token = pop("refresh_token", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_grant_type.__class__ is str)
            and (client_id.__class__ is str or client_id is UNSET)
            and (client_secret.__class__ is str or client_secret is UNSET)
            and (code.__class__ is str or code is UNSET)
            and (code_verifier.__class__ is str or code_verifier is UNSET)
            and (redirect_uri.__class__ is str or redirect_uri is UNSET)
            and (refresh_token.__class__ is str or refresh_token is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _grant_type.__class__ is str:
            grant_type = GrantType._value2member_map_.get(_grant_type) or GrantType(
                _grant_type
            )
        else:
            grant_type = _grant_type

        if cls is TokenRequest:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            token_request = _new(cls)
            token_request.grant_type = grant_type
            token_request.client_id = client_id
            token_request.client_secret = client_secret
            token_request.code = code
            token_request.code_verifier = code_verifier
            token_request.redirect_uri = redirect_uri
            token_request.refresh_token = refresh_token
        else:
            token_request = cls(
                grant_type,
                client_id,
                client_secret,
                code,
                code_verifier,
                redirect_uri,
                refresh_token,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        token_request.additional_properties = {**d}
        return token_request

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


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("grant_type", ("string",)),
    ("client_id", ("string", "missing")),
    ("client_secret", ("string", "missing")),
    ("code", ("string", "missing")),
    ("code_verifier", ("string", "missing")),
    ("redirect_uri", ("string", "missing")),
    ("refresh_token", ("string", "missing")),
)
