"""Request decoding: JSON, urlencoded and multipart bodies to one typed view.

aiogram posts forms (multipart once a file is attached) with nested objects as
JSON strings; python-telegram-bot posts urlencoded forms the same way. Both
end up here as :class:`Params`, with nested objects decoded and numbers and
booleans coerced, so handlers and recorded calls look the same whichever
runtime made the call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from multidict import MultiDictProxy

from tests.emulator.errors import ApiError, bad_request

JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "media",
        "commands",
        "scope",
        "allowed_updates",
        "menu_button",
        "reply_parameters",
        "link_preview_options",
        "message_ids",
        "explanation_entities",
        "options",
        "results",
    }
)
INT_FIELDS = frozenset(
    {
        "chat_id",
        "from_chat_id",
        "message_id",
        "message_thread_id",
        "user_id",
        "offset",
        "limit",
        "timeout",
        "reply_to_message_id",
        "max_connections",
        "icon_color",
        "cache_time",
        "duration",
        "width",
        "height",
    }
)
BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "drop_pending_updates",
        "show_alert",
        "allow_sending_without_reply",
        "disable_web_page_preview",
        "has_spoiler",
        "disable_content_type_detection",
        "show_caption_above_media",
        "allow_paid_broadcast",
    }
)


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request."""

    field: str
    file_name: str
    content_type: str
    content: bytes

    def describe(self) -> dict[str, Any]:
        """Return what a recorded call keeps of the file (no bytes)."""
        return {"upload": self.field, "file_name": self.file_name, "size": len(self.content)}


def _coerce(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value  # left for the handler to reject in Telegram's words
    if name in INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            return value
    if name in BOOL_FIELDS:
        return value.lower() in {"true", "1"}
    return value


class Params:
    """The decoded parameters of one call, with typed accessors."""

    def __init__(self, values: dict[str, Any], files: dict[str, UploadedFile]) -> None:
        self.values = {name: _coerce(name, value) for name, value in values.items()}
        self.files = files

    def has(self, name: str) -> bool:
        """Tell whether the parameter was sent (an empty string counts as absent)."""
        value = self.values.get(name)
        return (value is not None and value != "") or name in self.files

    def opt_str(self, name: str) -> str | None:
        """Return a string parameter, or None if absent."""
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    def req_str(self, name: str, missing: str | None = None) -> str:
        """Return a required string parameter; ``missing`` is the error reason if absent."""
        value = self.opt_str(name)
        if value is None or value == "":
            raise bad_request(missing or f'parameter "{name}" is required')
        return value

    def opt_int(self, name: str) -> int | None:
        """Return an integer parameter, or None if absent."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad_request(f"invalid {name} specified")
        return value

    def req_int(self, name: str, missing: str | None = None) -> int:
        """Return a required integer parameter; ``missing`` is the error reason if absent."""
        value = self.opt_int(name)
        if value is None:
            raise bad_request(missing or f"{name} is empty")
        return value

    def flag(self, name: str) -> bool:
        """Return a boolean parameter, False if absent."""
        return bool(self.values.get(name) or False)

    def obj(self, name: str) -> Any:
        """Return a decoded nested object, or None if absent."""
        return self.values.get(name)

    def recorded(self) -> dict[str, Any]:
        """Return the parameters as a recorded call shows them (files described)."""
        shown = dict(self.values)
        for name, upload in self.files.items():
            shown[name] = upload.describe()
        return shown


def _from_form(form: MultiDictProxy[Any]) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    values: dict[str, Any] = {}
    files: dict[str, UploadedFile] = {}
    for name, value in form.items():
        if isinstance(value, web.FileField):
            content = value.file.read()
            files[name] = UploadedFile(name, value.filename, value.content_type, content)
        else:
            values[name] = value
    return values, files


async def read_params(request: web.Request) -> Params:
    """Decode the query string and body of a Bot API request."""
    values: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError as error:
                raise ApiError(400, "Bad Request: can't parse JSON encoded request") from error
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: can't parse JSON encoded request")
            values.update(body)
        elif request.content_type in {"multipart/form-data", "application/x-www-form-urlencoded"}:
            form_values, files = _from_form(await request.post())
            values.update(form_values)
    return Params(values, files)
