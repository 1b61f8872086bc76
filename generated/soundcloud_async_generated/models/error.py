from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """SoundCloud's error body. Current responses carry `code`, `message` and `link`; older ones
    only `errors[].error_message`; token errors add `error_code` or use the OAuth
    `error`/`error_description` pair.

        Attributes:
            code (int | None | Unset):
            message (None | str | Unset):
            link (None | str | Unset):
            status (None | str | Unset):
            error (None | str | Unset):
            error_code (None | str | Unset):
            error_description (None | str | Unset):
            errors (list[ErrorDetail] | None | Unset):
    """

    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_description: None | str | Unset = UNSET
    errors: list[ErrorDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if link is not UNSET:
            field_dict["link"] = link
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        code = pop("code", UNSET)
        message = pop("message", UNSET)
        link = pop("link", UNSET)
        status = pop("status", UNSET)
        error = pop("error", UNSET)
        error_code = pop("error_code", UNSET)
        error_description = pop("error_description", UNSET)
        _errors = pop("errors", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (code is None or code.__class__ is int or code is UNSET)
            and (message is None or message.__class__ is str or message is UNSET)
            and (link is None or link.__class__ is str or link is UNSET)
            and (status is None or status.__class__ is str or status is UNSET)
            and (error is None or error.__class__ is str or error is UNSET)
            and (
                error_code is None or error_code.__class__ is str or error_code is UNSET
            )
            and (
                error_description is None
                or error_description.__class__ is str
                or error_description is UNSET
            )
            and (_errors is None or _errors.__class__ is list or _errors is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _errors.__class__ is list:
            try:
                try:
                    errors = [ErrorDetail.from_dict(item) for item in _errors]
                except PayloadMismatch as error:
                    raise item_mismatch(error, _errors, ErrorDetail.from_dict) from None

            except PayloadMismatch as error:
                raise error.inside("errors")

        else:
            errors = _errors

        error = cls(
            code,
            message,
            link,
            status,
            error,
            error_code,
            error_description,
            errors,
        )

        error.additional_properties = d
        return error

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


# Last, so that a cycle between models resolves (see the template's header).
from ..models.error_detail import ErrorDetail

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("code", ("integer", "null", "missing")),
    ("message", ("string", "null", "missing")),
    ("link", ("string", "null", "missing")),
    ("status", ("string", "null", "missing")),
    ("error", ("string", "null", "missing")),
    ("error_code", ("string", "null", "missing")),
    ("error_description", ("string", "null", "missing")),
    ("errors", ("array", "null", "missing")),
)
