from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        pop = d.pop
        _rate_limit = pop("rate_limit", UNSET)
        rate_limit: RateLimit | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = RateLimit.from_dict(_rate_limit)

        remaining_requests = pop("remaining_requests", UNSET)

        reset_time = pop("reset_time", UNSET)

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
