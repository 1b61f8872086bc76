from enum import StrEnum


class TrackKind(StrEnum):
    TRACK = "track"

    def __str__(self) -> str:
        return str(self.value)
