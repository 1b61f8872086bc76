from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="TooManyRequests")


@_attrs_define
class TooManyRequests(SoundCloudModel):
    """A 429 body; `errors[0].meta` names the limit and its reset time when SoundCloud itself answered.

    Attributes:
        code (int | None):
        message (None | str):
        link (None | str):
        status (None | str):
        error (None | str):
        error_code (None | str):
        error_description (None | str):
        errors (list[ErrorDetail] | None):
        spam_warning_urn (None | str):
    """

    code: int | None = None
    message: None | str = None
    link: None | str = None
    status: None | str = None
    error: None | str = None
    error_code: None | str = None
    error_description: None | str = None
    errors: list[ErrorDetail] | None = None
    spam_warning_urn: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        code: Any = None
        if self.code is not None:
            code = self.code

        message: Any = None
        if self.message is not None:
            message = self.message

        link: Any = None
        if self.link is not None:
            link = self.link

        status: Any = None
        if self.status is not None:
            status = self.status

        error: Any = None
        if self.error is not None:
            error = self.error

        error_code: Any = None
        if self.error_code is not None:
            error_code = self.error_code

        error_description: Any = None
        if self.error_description is not None:
            error_description = self.error_description

        errors: Any = None
        if self.errors is not None:
            if isinstance(self.errors, list):
                errors = []
                for errors_type_0_item_data in self.errors:
                    errors_type_0_item = errors_type_0_item_data.to_dict()
                    errors.append(errors_type_0_item)

            else:
                errors = self.errors

        spam_warning_urn: Any = None
        if self.spam_warning_urn is not None:
            spam_warning_urn = self.spam_warning_urn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "link": link,
                "status": status,
                "error": error,
                "error_code": error_code,
                "error_description": error_description,
                "errors": errors,
                "spam_warning_urn": spam_warning_urn,
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
        code = pop("code", None)
        message = pop("message", None)
        link = pop("link", None)
        status = pop("status", None)
        error = pop("error", None)
        error_code = pop("error_code", None)
        error_description = pop("error_description", None)
        _errors = pop("errors", None)
        spam_warning_urn = pop("spam_warning_urn", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (code is None or code.__class__ is int)
            and (message is None or message.__class__ is str)
            and (link is None or link.__class__ is str)
            and (status is None or status.__class__ is str)
            and (error is None or error.__class__ is str)
            and (error_code is None or error_code.__class__ is str)
            and (error_description is None or error_description.__class__ is str)
            and (_errors is None or _errors.__class__ is list)
            and (spam_warning_urn is None or spam_warning_urn.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _errors.__class__ is list:
            try:
                try:
                    errors = list(map(ErrorDetail.from_dict, _errors))
                except PayloadMismatch as error:
                    raise item_mismatch(error, _errors, ErrorDetail.from_dict) from None

            except PayloadMismatch as error:
                raise error.inside("errors")

        else:
            errors = _errors

        if cls is TooManyRequests:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            too_many_requests = _new(cls)
            too_many_requests.code = code
            too_many_requests.message = message
            too_many_requests.link = link
            too_many_requests.status = status
            too_many_requests.error = error
            too_many_requests.error_code = error_code
            too_many_requests.error_description = error_description
            too_many_requests.errors = errors
            too_many_requests.spam_warning_urn = spam_warning_urn
            too_many_requests._present_keys = None
        else:
            too_many_requests = cls(
                code,
                message,
                link,
                status,
                error,
                error_code,
                error_description,
                errors,
                spam_warning_urn,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        too_many_requests.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 9:
            too_many_requests._present_keys = tuple(src_dict)
        return too_many_requests

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

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "link",
        "status",
        "error",
        "error_code",
        "error_description",
        "errors",
        "spam_warning_urn",
    }
)

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
    ("spam_warning_urn", ("string", "null", "missing")),
)
