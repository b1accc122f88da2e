"""Telegram's HTML parse mode, following tdlib's ``parse_html``.

Only the tags Telegram knows are accepted, only ``&lt; &gt; &amp; &quot;`` and
numeric references are decoded (the semicolon is optional, unknown references
stay literal), and errors carry tdlib's wording with UTF-8 byte offsets.
Entity offsets and lengths are in UTF-16 code units, as in the Bot API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.emulator.errors import ApiError

KNOWN_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
SIMPLE_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
NAMED_REFERENCES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
SPACES = frozenset(" \t\r\n\v\0")


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def entity_error(reason: str) -> ApiError:
    """Return the 400 error Telegram gives for text it cannot parse."""
    return ApiError(400, f"Bad Request: can't parse entities: {reason}")


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    begin: int  # index in the output characters


@dataclass
class _Parser:
    source: str
    pos: int = 0
    out: list[str] = field(default_factory=list)
    utf16: int = 0
    stack: list[_Open] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def at(self, index: int) -> str:
        return self.source[index] if index < len(self.source) else "\0"

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8"))

    def emit(self, char: str) -> None:
        self.out.append(char)
        self.utf16 += 2 if ord(char) > 0xFFFF else 1

    def decode_reference(self) -> str | None:
        """Decode the character reference at ``pos``; advance past it on success."""
        end = self.pos + 1
        if self.at(end) == "#":
            end += 1
            digits = "0123456789abcdefABCDEF" if self.at(end) == "x" else "0123456789"
            base = 16 if self.at(end) == "x" else 10
            end += base == 16
            start = end
            while self.at(end) in digits and self.at(end) != "\0":
                end += 1
            code = int(self.source[start:end], base) if end > start else 0
            if code == 0 or code >= 0x10FFFF or end - self.pos >= 10 or 0xD800 <= code < 0xE000:
                return None
            char = chr(code)
        else:
            while self.at(end).isascii() and self.at(end).isalpha():
                end += 1
            name = self.source[self.pos + 1 : end]
            if name not in NAMED_REFERENCES:
                return None
            char = NAMED_REFERENCES[name]
        self.pos = end + 1 if self.at(end) == ";" else end
        return char

    def parse(self) -> tuple[str, list[dict[str, Any]]]:
        while self.pos < len(self.source):
            char = self.source[self.pos]
            if char == "&":
                decoded = self.decode_reference()
                if decoded is not None:
                    self.emit(decoded)
                    continue
            if char != "<":
                self.emit(char)
                self.pos += 1
                continue
            if self.at(self.pos + 1) == "/":
                self.end_tag()
            else:
                self.start_tag()
        if self.stack:
            raise entity_error(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"'
            )
        for entity in self.entities:
            if not entity.pop("keep_language", False):
                entity.pop("language", None)  # a language counts only inside <pre>
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self.out), self.entities

    def start_tag(self) -> None:
        begin = self.pos
        self.pos += 1
        while self.at(self.pos) not in SPACES and self.at(self.pos) != ">":
            self.pos += 1
        if self.pos >= len(self.source):
            raise entity_error(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
        tag = self.source[begin + 1 : self.pos].lower()
        if tag not in KNOWN_TAGS:
            raise entity_error(
                f'Unsupported start tag "{tag}" at byte offset {self.byte_offset(begin)}'
            )
        argument = self.attributes(tag, begin)
        if tag == "span" and argument != "spoiler":
            raise entity_error(
                f'Tag "span" must have class "tg-spoiler" at byte offset {self.byte_offset(begin)}'
            )
        self.stack.append(_Open(tag, argument, self.utf16, len(self.out)))
        self.pos += 1  # the ">"

    def attributes(self, tag: str, begin: int) -> str:
        argument = ""
        while self.at(self.pos) != ">":
            while self.pos < len(self.source) and self.at(self.pos) in SPACES:
                self.pos += 1
            if self.pos >= len(self.source):
                raise entity_error(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            if self.at(self.pos) == ">":
                break
            name_begin = self.pos
            while self.at(self.pos) not in SPACES and self.at(self.pos) not in "=>":
                self.pos += 1
            name = self.source[name_begin : self.pos]
            if not name:
                raise entity_error(
                    f'Empty attribute name in the tag "{tag}" at byte offset '
                    f"{self.byte_offset(begin)}"
                )
            while self.pos < len(self.source) and self.at(self.pos) in SPACES:
                self.pos += 1
            if self.at(self.pos) != "=":
                if tag == "blockquote" and name == "expandable":
                    argument = "expandable"
                    continue
                raise entity_error(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {self.byte_offset(begin)}"
                )
            self.pos += 1
            while self.pos < len(self.source) and self.at(self.pos) in SPACES:
                self.pos += 1
            value = self.attribute_value()
            if self.pos >= len(self.source):
                raise entity_error(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            argument = _argument(tag, name, value, argument)
        return argument

    def attribute_value(self) -> str:
        quote = self.at(self.pos)
        if quote not in "'\"" or quote == "\0":
            token_begin = self.pos
            while self.at(self.pos).isalnum() or self.at(self.pos) in ".-":
                self.pos += 1
            if self.at(self.pos) not in SPACES and self.at(self.pos) != ">":
                raise entity_error(
                    f"Unexpected end of name token at byte offset {self.byte_offset(token_begin)}"
                )
            return self.source[token_begin : self.pos].lower()
        self.pos += 1
        value: list[str] = []
        while self.pos < len(self.source) and self.source[self.pos] != quote:
            decoded = self.decode_reference() if self.source[self.pos] == "&" else None
            if decoded is None:
                value.append(self.source[self.pos])
                self.pos += 1
            else:
                value.append(decoded)
        if self.at(self.pos) == quote:
            self.pos += 1
        return "".join(value)

    def end_tag(self) -> None:
        begin = self.pos
        if not self.stack:
            raise entity_error(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        self.pos += 2
        while self.at(self.pos) not in SPACES and self.at(self.pos) != ">":
            self.pos += 1
        name = self.source[begin + 2 : self.pos].lower()
        while self.pos < len(self.source) and self.at(self.pos) in SPACES:
            self.pos += 1
        if self.at(self.pos) != ">":
            raise entity_error(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
        opened = self.stack[-1]
        if name and name != opened.tag:
            raise entity_error(
                f"Unmatched end tag at byte offset {self.byte_offset(begin)}, "
                f'expected "</{opened.tag}>", found "</{name}>"'
            )
        self.stack.pop()
        self.pos += 1
        length = self.utf16 - opened.offset
        if length:
            self.close_entity(opened, length)

    def close_entity(self, opened: _Open, length: int) -> None:
        span = {"offset": opened.offset, "length": length}
        if opened.tag in SIMPLE_TYPES:
            self.entities.append({"type": SIMPLE_TYPES[opened.tag], **span})
        elif opened.tag == "a":
            url = opened.argument or "".join(self.out[opened.begin :])
            if _looks_like_url(url):
                self.entities.append({"type": "text_link", **span, "url": _normalize_url(url)})
        elif opened.tag == "tg-emoji":
            if not opened.argument.isdigit():
                raise entity_error("Invalid custom emoji identifier specified")
            self.entities.append(
                {"type": "custom_emoji", **span, "custom_emoji_id": opened.argument}
            )
        elif opened.tag == "code":
            entity: dict[str, Any] = {"type": "code", **span}
            if opened.argument:
                entity["language"] = opened.argument
            self.entities.append(entity)
        elif opened.tag == "pre":
            last = self.entities[-1] if self.entities else None
            if (
                last
                and last["type"] == "code"
                and last["offset"] == opened.offset
                and (last["length"] == length)
            ):
                last["type"] = "pre"  # <pre><code class="language-x"> is one pre entity
                last["keep_language"] = True
            else:
                self.entities.append({"type": "pre", **span})
        else:
            kind = "expandable_blockquote" if opened.argument else "blockquote"
            self.entities.append({"type": kind, **span})


def _argument(tag: str, name: str, value: str, current: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    return current


def _looks_like_url(url: str) -> bool:
    lowered = url.lower()
    if lowered.startswith(("http://", "https://", "tg://", "ton://")):
        return len(url) > lowered.index("//") + 2
    host = lowered.split("/", 1)[0]
    return "." in host and " " not in host and host[-1] != "."


def _normalize_url(url: str) -> str:
    lowered = url.lower()
    if lowered.startswith(("http://", "https://", "tg://", "ton://")):
        return url
    return f"http://{url}"


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into plain text and Bot API entities (UTF-16 offsets)."""
    return _Parser(text).parse()
