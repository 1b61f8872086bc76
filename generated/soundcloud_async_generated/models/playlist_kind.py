from enum import StrEnum


class PlaylistKind(StrEnum):
    PLAYLIST = "playlist"

    def __str__(self) -> str:
        return str(self.value)
