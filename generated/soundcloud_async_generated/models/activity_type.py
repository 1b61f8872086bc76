from enum import StrEnum


class ActivityType(StrEnum):
    COMMENT = "comment"
    FAVORITING = "favoriting"
    PLAYLIST = "playlist"
    PLAYLISTREPOST = "playlist:repost"
    TRACK = "track"
    TRACKREPOST = "track:repost"
    TRACK_SHARING = "track-sharing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActivityType | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
