"""Errors raised by the generated functions when no handwritten hook replaces them."""

import httpx


class ApiError(Exception):
    """The server answered with a status of 400 or more."""

    def __init__(self, response: httpx.Response):
        self.response = response
        self.status_code = response.status_code
        # Path only: the query string may carry secrets such as secret_token.
        super().__init__(
            f"HTTP {response.status_code} from {response.request.method} {response.request.url.path}"
        )


class ResponseParseError(Exception):
    """A success body did not match the schema of its operation."""

    def __init__(self, response: httpx.Response, cause: Exception):
        self.response = response
        self.status_code = response.status_code
        super().__init__(
            f"unexpected body for HTTP {response.status_code} from {response.request.method} "
            f"{response.request.url.path}: {type(cause).__name__}: {cause}"
        )


__all__ = ["ApiError", "ResponseParseError"]
