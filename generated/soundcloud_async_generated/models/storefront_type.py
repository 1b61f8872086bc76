from enum import StrEnum


class StorefrontType(StrEnum):
    APPAREL = "apparel"
    CASSETTE = "cassette"
    CD = "cd"
    DIGITAL = "digital"
    LIVE_EVENT = "live_event"
    LIVE_STREAM = "live_stream"
    OTHER = "other"
    SAMPLE_PACK = "sample_pack"
    SUBSCRIPTION = "subscription"
    VINYL = "vinyl"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StorefrontType | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
