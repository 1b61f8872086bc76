from enum import StrEnum


class ResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
