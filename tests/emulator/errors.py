"""Bot API errors in the shapes Telegram answers with.

Every handler signals a refusal by raising :class:`ApiError`; the server turns
it into ``{"ok": false, "error_code": ..., "description": ...}``. Tree::

    ApiError
      (no subclasses: the status code and description carry the meaning)
"""

from __future__ import annotations

from typing import Any

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BAD_MARKUP = "Bad Request: can't parse reply keyboard markup JSON object"


class ApiError(Exception):
    """A refusal that the emulator answers with Telegram's error body."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        """Return the JSON body Telegram sends for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """Return a 400 error; ``reason`` is the text after ``Bad Request: ``."""
    return ApiError(400, f"Bad Request: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    """Return the 429 flood-control error with ``parameters.retry_after``."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def forbidden(reason: str) -> ApiError:
    """Return a 403 error; ``reason`` is the text after ``Forbidden: ``."""
    return ApiError(403, f"Forbidden: {reason}")


def server_error(status: int) -> ApiError:
    """Return a 5xx error with the description Telegram's front end uses."""
    descriptions = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
    return ApiError(status, descriptions.get(status, "Internal Server Error"))
