"""Reply markup checks: inline keyboards, reply keyboards, removal, force reply."""

from __future__ import annotations

from typing import Any

from tests.emulator.errors import BAD_MARKUP, ApiError, bad_request

INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
CALLBACK_DATA_MAX_BYTES = 64


def _malformed() -> ApiError:
    return ApiError(400, BAD_MARKUP)


def _rows(raw: Any) -> list[list[Any]]:
    if not isinstance(raw, list) or not all(isinstance(row, list) for row in raw):
        raise _malformed()
    return [row for row in raw if row]  # Telegram drops empty rows


def is_valid_url(url: str) -> bool:
    """Tell whether Telegram would accept ``url`` for a button or a link."""
    lowered = url.lower()
    for scheme in ("http://", "https://", "tg://"):
        if lowered.startswith(scheme):
            rest = lowered.removeprefix(scheme)
            return bool(rest) and " " not in rest
    return False


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise _malformed()
    actions = [name for name in INLINE_ACTIONS if button.get(name) is not None]
    if not actions:
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise _malformed()
    if not button["text"]:
        raise bad_request("BUTTON_TEXT_INVALID")
    data = button.get("callback_data")
    if data is not None and (
        not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES
    ):
        raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and (not isinstance(url, str) or not is_valid_url(url)):
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
    return dict(button)


def _reply_button(button: Any) -> dict[str, Any]:
    if isinstance(button, str):
        return {"text": button}
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise _malformed()
    return dict(button)


def check_reply_markup(raw: Any, *, inline_only: bool = False) -> dict[str, Any] | None:
    """Validate a reply_markup value; return it normalized, or None when there is none."""
    if raw is None or raw == "":
        return None
    if not isinstance(raw, dict):
        raise _malformed()
    if "inline_keyboard" in raw:
        rows = [[_inline_button(button) for button in row] for row in _rows(raw["inline_keyboard"])]
        return {"inline_keyboard": rows} if rows else None
    if inline_only:
        raise _malformed()
    if "keyboard" in raw:
        rows = [[_reply_button(button) for button in row] for row in _rows(raw["keyboard"])]
        placeholder = raw.get("input_field_placeholder")
        if isinstance(placeholder, str) and len(placeholder) > 64:
            raise bad_request("INPUT_PLACEHOLDER_INVALID")
        return {**raw, "keyboard": rows}
    if raw.get("remove_keyboard") is True or raw.get("force_reply") is True:
        return dict(raw)
    raise _malformed()


def callback_data_of(markup: dict[str, Any] | None) -> list[str]:
    """Return every callback_data of an inline keyboard, in reading order."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [
        button["callback_data"]
        for row in markup["inline_keyboard"]
        for button in row
        if "callback_data" in button
    ]
