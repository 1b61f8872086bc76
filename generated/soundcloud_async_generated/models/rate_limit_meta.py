from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="RateLimitMeta")


@_attrs_define
class RateLimitMeta:
    """Which limit was hit and when it resets (SoundCloud's documented 429 body).

    Attributes:
        rate_limit (RateLimit | Unset):
        remaining_requests (int | None | Unset):
        reset_time (None | str | Unset): `YYYY/MM/DD HH:MM:SS +0000`.
    """

    rate_limit: RateLimit | Unset = UNSET
    remaining_requests: int | None | Unset = UNSET
    reset_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        remaining_requests: int | None | Unset
        if isinstance(self.remaining_requests, Unset):
            remaining_requests = UNSET
        else:
            remaining_requests = self.remaining_requests

        reset_time: None | str | Unset
        if isinstance(self.reset_time, Unset):
            reset_time = UNSET
        else:
            reset_time = self.reset_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if remaining_requests is not UNSET:
            field_dict["remaining_requests"] = remaining_requests
        if reset_time is not UNSET:
            field_dict["reset_time"] = reset_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        _rate_limit = pop("rate_limit", UNSET)
        remaining_requests = pop("remaining_requests", UNSET)
        reset_time = pop("reset_time", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_rate_limit.__class__ is dict or _rate_limit is UNSET)
            and (
                remaining_requests is None
                or remaining_requests.__class__ is int
                or remaining_requests is UNSET
            )
            and (
                reset_time is None or reset_time.__class__ is str or reset_time is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _rate_limit.__class__ is dict:
            try:
                rate_limit = RateLimit.from_dict(_rate_limit)

            except PayloadMismatch as error:
                raise error.inside("rate_limit")

        else:
            rate_limit = _rate_limit

        rate_limit_meta = cls(
            rate_limit,
            remaining_requests,
            reset_time,
        )

        rate_limit_meta.additional_properties = d
        return rate_limit_meta

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
from ..models.rate_limit import RateLimit

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rate_limit", ("object", "missing")),
    ("remaining_requests", ("integer", "null", "missing")),
    ("reset_time", ("string", "null", "missing")),
)
