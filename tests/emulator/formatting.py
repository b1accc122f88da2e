"""Message text and captions: parse mode, explicit entities, trimming, limits."""

from __future__ import annotations

from typing import Any

from tests.emulator.errors import bad_request
from tests.emulator.html_entities import parse_html, utf16_len
from tests.emulator.markdown_entities import parse_markdown, parse_markdown_v2
from tests.emulator.params import Params

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
PARSERS = {"html": parse_html, "markdownv2": parse_markdown_v2, "markdown": parse_markdown}
WHITESPACE = " \t\r\n\v\f"


def _explicit_entities(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise bad_request("can't parse entities JSON object")
    entities = []
    for item in raw:
        offset, length = item.get("offset"), item.get("length")
        if (
            not isinstance(item.get("type"), str)
            or not isinstance(offset, int)
            or not isinstance(length, int)
        ):
            raise bad_request("can't parse entities JSON object")
        entities.append(dict(item))
    return entities


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip surrounding whitespace the way Telegram does, moving entities along."""
    stripped = text.lstrip(WHITESPACE)
    shift = utf16_len(text) - utf16_len(stripped)
    stripped = stripped.rstrip(WHITESPACE)
    size = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, size)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def parse_text(
    params: Params, text_field: str = "text", entities_field: str = "entities"
) -> tuple[str, list[dict[str, Any]]]:
    """Return the plain text and entities of a message text or caption, as Telegram stores it."""
    raw = params.opt_str(text_field) or ""
    if params.has(entities_field):
        text, entities = raw, _explicit_entities(params.obj(entities_field))
        size = utf16_len(text)
        entities = [e for e in entities if e["offset"] >= 0 and e["offset"] + e["length"] <= size]
    else:
        mode = (params.opt_str("parse_mode") or "").lower()
        if mode and mode not in PARSERS:
            raise bad_request("unsupported parse_mode")
        text, entities = PARSERS[mode](raw) if mode else (raw, [])
    return _trim(text, entities)


def message_text(params: Params) -> tuple[str, list[dict[str, Any]]]:
    """Parse and check the ``text`` of sendMessage / editMessageText."""
    if not params.has("text"):
        raise bad_request("message text is empty")
    text, entities = parse_text(params)
    if not text:
        raise bad_request("message text is empty")
    if len(text) > TEXT_LIMIT:
        raise bad_request("message is too long")
    return text, entities


def caption(params: Params, field: str = "caption") -> tuple[str, list[dict[str, Any]]]:
    """Parse and check a media caption (may be empty)."""
    text, entities = parse_text(params, field, f"{field}_entities")
    if len(text) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    return text, entities


def caption_of(item: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Parse and check the caption of one InputMedia item of a media group."""
    values = {"caption": item.get("caption"), "parse_mode": item.get("parse_mode")}
    if item.get("caption_entities") is not None:
        values["caption_entities"] = item["caption_entities"]
    return caption(Params(values, {}))
