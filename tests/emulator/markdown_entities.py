"""Telegram's MarkdownV2 and legacy Markdown parse modes, after tdlib.

MarkdownV2 refuses every unescaped reserved character outside code; legacy
Markdown only knows ``*bold* _italic_ `code` ```pre``` [text](url)``. Errors
use tdlib's wording with UTF-8 byte offsets; entity offsets are UTF-16.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.emulator.html_entities import entity_error

RESERVED = "_*[]()~`>#+-=|{}.!"
TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}
SIMPLE_OPENERS = {"*": "bold", "~": "strikethrough"}


@dataclass
class _Open:
    kind: str
    offset: int
    byte_offset: int
    begin: int
    argument: str = ""


class _Text:
    """Output text with its running UTF-16 length."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.utf16 = 0

    def add(self, char: str) -> None:
        self.chars.append(char)
        self.utf16 += 2 if ord(char) > 0xFFFF else 1


def _byte(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _at(source: str, index: int) -> str:
    return source[index] if index < len(source) else "\0"


def _reserved(char: str) -> Exception:
    return entity_error(
        f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
    )


def _pre_language(source: str, i: int) -> tuple[str, int]:
    """Read an optional language after a ``` fence and skip one line break."""
    end = i
    while _at(source, end) not in " \t\r\n\0`":
        end += 1
    language = ""
    if end != i and end < len(source) and source[end] != "`":
        language, i = source[i:end], end
    if _at(source, i) in "\r\n":
        i += 2 if _at(source, i + 1) in "\r\n" and source[i] != _at(source, i + 1) else 1
    return language, i


def _closes(top: _Open, source: str, i: int) -> bool:
    char, after = source[i], _at(source, i + 1)
    match top.kind:
        case "italic":
            return char == "_" and after != "_"
        case "underline":
            return char == "_" and after == "_"
        case "spoiler":
            return char == "|" and after == "|"
        case "pre":
            return source[i : i + 3] == "```"
        case "text_link" | "custom_emoji":
            return char == "]"
        case "bold":
            return char == "*"
        case "strikethrough":
            return char == "~"
        case _:
            return char == "`"


def parse_markdown_v2(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse MarkdownV2 into plain text and Bot API entities."""
    out, stack, entities = _Text(), list[_Open](), list[dict[str, Any]]()
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" and 0 < ord(_at(source, i + 1)) <= 126:
            out.add(source[i + 1])
            i += 2
            continue
        in_code = bool(stack) and stack[-1].kind in {"code", "pre"}
        if char not in ("`" if in_code else RESERVED):
            out.add(char)
            i += 1
            continue
        if char == ">" and (i == 0 or source[i - 1] == "\n") and not stack:
            i += 1  # blockquote marker; the quote itself is not modelled
            continue
        if stack and _closes(stack[-1], source, i):
            top = stack.pop()
            i, entity = _close(source, i, top, out)
            if entity and out.utf16 > top.offset:
                entities.append(entity)
            continue
        begin, argument = i, ""
        if char == "_" and _at(source, i + 1) == "_":
            kind, i = "underline", i + 1
        elif char == "_":
            kind = "italic"
        elif char in SIMPLE_OPENERS:
            kind = SIMPLE_OPENERS[char]
        elif char == "|" and _at(source, i + 1) == "|":
            kind, i = "spoiler", i + 1
        elif char == "[":
            kind = "text_link"
        elif char == "!" and _at(source, i + 1) == "[":
            kind, i = "custom_emoji", i + 1
        elif source[i : i + 3] == "```":
            kind = "pre"
            argument, i = _pre_language(source, i + 3)
            i -= 1
        elif char == "`":
            kind = "code"
        else:
            raise _reserved(char)
        stack.append(_Open(kind, out.utf16, _byte(source, begin), len(out.chars), argument))
        i += 1
    if stack:
        name = TYPE_NAMES[stack[-1].kind]
        raise entity_error(
            f"Can't find end of {name} entity at byte offset {stack[-1].byte_offset}"
        )
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(out.chars), entities


def _close(source: str, i: int, top: _Open, out: _Text) -> tuple[int, dict[str, Any] | None]:
    """Consume the closing marker at ``i``; return the next index and the entity."""
    entity: dict[str, Any] = {
        "type": top.kind,
        "offset": top.offset,
        "length": out.utf16 - top.offset,
    }
    if top.kind in {"underline", "spoiler"}:
        return i + 2, entity
    if top.kind == "pre":
        if top.argument:
            entity["language"] = top.argument
        return i + 3, entity
    if top.kind not in {"text_link", "custom_emoji"}:
        return i + 1, entity
    if _at(source, i + 1) != "(":
        url, i = "".join(out.chars[top.begin :]), i + 1
    else:
        i += 2
        url_begin, chars = i, list[str]()
        while i < len(source) and source[i] != ")":
            if source[i] == "\\" and 0 < ord(_at(source, i + 1)) <= 126:
                chars.append(source[i + 1])
                i += 2
                continue
            chars.append(source[i])
            i += 1
        if i >= len(source):
            raise entity_error(f"Can't find end of a URL at byte offset {_byte(source, url_begin)}")
        url, i = "".join(chars), i + 1
    if top.kind == "custom_emoji":
        emoji_id = url.removeprefix("tg://emoji?id=")
        if not emoji_id.isdigit():
            raise entity_error("Custom emoji entity must contain a tg://emoji URL")
        entity["custom_emoji_id"] = emoji_id
        return i, entity
    if not url or " " in url.strip():
        return i, None
    entity["url"] = url if "://" in url else f"http://{url}"
    return i, entity


def parse_markdown(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse legacy Markdown into plain text and Bot API entities."""
    out, entities = _Text(), list[dict[str, Any]]()
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" and _at(source, i + 1) in "_*`[":
            out.add(source[i + 1])
            i += 2
            continue
        if char not in "_*`[":
            out.add(char)
            i += 1
            continue
        begin, end_char, is_pre, language = i, "]" if char == "[" else char, False, ""
        i += 1
        if source[begin : begin + 3] == "```":
            is_pre = True
            language, i = _pre_language(source, begin + 3)
        offset, first = out.utf16, len(out.chars)
        while i < len(source) and (
            source[i] != end_char or (is_pre and source[i : i + 3] != "```")
        ):
            out.add(source[i])
            i += 1
        if i >= len(source):
            raise entity_error(
                f"Can't find end of the entity starting at byte offset {_byte(source, begin)}"
            )
        entity: dict[str, Any] = {"offset": offset, "length": out.utf16 - offset}
        if char == "[":
            inner = "".join(out.chars[first:])
            if _at(source, i + 1) == "(":
                close = source.find(")", i + 2)
                url, i = (inner, i) if close < 0 else (source[i + 2 : close], close)
            else:
                url = inner
            entity.update(type="text_link", url=url if "://" in url else f"http://{url}")
        elif is_pre:
            entity.update(type="pre", **({"language": language} if language else {}))
            i += 2
        else:
            entity["type"] = {"_": "italic", "*": "bold", "`": "code"}[char]
        if entity["length"]:
            entities.append(entity)
        i += 1
    return "".join(out.chars), entities
