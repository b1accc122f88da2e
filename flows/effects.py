"""What a transition asks the outside world to do, as frozen values.

Effects for the family (`Say`, `Ask`) and for the coordinators (`Alert`,
`Submit`) are written to the outbox in the same transaction as the state, so
they can be stored as JSON (`to_json` / `from_json`). `ConsentGiven`,
`DocumentReceived` and `Audit` are recorded by the conversation service.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from flows.text import Lines, Msg, ParamValue

__all__ = [
    "Alert",
    "Ask",
    "Audit",
    "Button",
    "ConsentGiven",
    "CopyFromCoordinators",
    "DocumentReceived",
    "Effect",
    "Erase",
    "Expects",
    "Export",
    "Outgoing",
    "Relay",
    "Say",
    "SendFile",
    "Submit",
    "msgs_from_json",
    "msgs_to_json",
    "outgoing_from_json",
    "outgoing_to_json",
]

Expects = Literal["choice", "multi", "text", "number", "date", "file", "info", "review"]


@dataclass(frozen=True)
class Button:
    """A button: its label (a `Msg`, or a literal str shown as is) and code."""

    label: Msg | str
    code: str


@dataclass(frozen=True)
class Say:
    """Tell the family something: paragraphs joined by blank lines. `locale`
    overrides the family's language (e.g. a note for their doctor in English)."""

    text: tuple[Msg, ...]
    locale: str | None = None


@dataclass(frozen=True)
class Ask:
    """Ask the question at position `key`, buttons carrying `version`."""

    key: str
    text: tuple[Msg, ...]
    buttons: tuple[tuple[Button, ...], ...]
    version: int
    expects: Expects


@dataclass(frozen=True)
class Alert:
    """An urgent message for the coordinators (e.g. a red flag) with the
    family's own words."""

    kind: str
    categories: tuple[str, ...]
    words: str


@dataclass(frozen=True)
class Submit:
    """A finished intake: the structured snapshot and the coordinators' card."""

    snapshot: Mapping[str, Any] = field(default_factory=dict)
    card: tuple[Msg, ...] = ()


@dataclass(frozen=True)
class Relay:
    """A family message (after submit) to copy into their case's thread."""

    message_id: int
    words: str
    edited: bool = False


@dataclass(frozen=True)
class CopyFromCoordinators:
    """Copy a coordinator's message (a photo or document) to the family."""

    message_id: int


@dataclass(frozen=True)
class ConsentGiven:
    """A consent answer with the text version, language and time."""

    field: str
    agreed: bool
    version: str
    locale: str
    at: str


@dataclass(frozen=True)
class DocumentReceived:
    """A file attached to an answer."""

    field: str
    file: Mapping[str, str | int]


@dataclass(frozen=True)
class SendFile:
    """Send the family a file made by the service (e.g. their data as JSON)."""

    filename: str
    content: str
    caption: Msg


@dataclass(frozen=True)
class Export:
    """Ask the service for everything stored about this family (/mydata)."""


@dataclass(frozen=True)
class Erase:
    """Erase this family's personal data, keeping an anonymous audit row."""


@dataclass(frozen=True)
class Audit:
    """Something worth an audit row; `detail` holds ids only, never answers."""

    kind: str
    detail: str


Outgoing = Say | Ask | Alert | Submit | SendFile | Relay | CopyFromCoordinators
Effect = Outgoing | ConsentGiven | DocumentReceived | Audit | Export | Erase


def _value_to_json(value: ParamValue | Msg) -> Any:
    if isinstance(value, Msg):
        return {"msg": value.key, "params": {k: _value_to_json(v) for k, v in value.params}}
    if isinstance(value, tuple):
        return {"list": [_value_to_json(v) for v in value]}
    if isinstance(value, Lines):
        return {"lines": [_value_to_json(v) for v in value.items]}
    return value


def _value_from_json(data: Any) -> Any:
    if isinstance(data, dict) and "msg" in data:
        params = tuple(sorted((k, _value_from_json(v)) for k, v in data["params"].items()))
        return Msg(data["msg"], params)
    if isinstance(data, dict) and "list" in data:
        return tuple(_value_from_json(v) for v in data["list"])
    if isinstance(data, dict) and "lines" in data:
        return Lines(tuple(_value_from_json(v) for v in data["lines"]))
    return data


def _msgs(data: list[Any]) -> tuple[Msg, ...]:
    return tuple(_value_from_json(m) for m in data)


def msgs_to_json(msgs: tuple[Msg, ...]) -> list[Any]:
    """Messages as JSON-ready data (e.g. a case card kept with the case)."""
    return [_value_to_json(m) for m in msgs]


def msgs_from_json(data: list[Any]) -> tuple[Msg, ...]:
    """The messages stored by `msgs_to_json`."""
    return _msgs(data)


def outgoing_to_json(effect: Outgoing) -> dict[str, Any]:
    """A JSON-ready dict for an outbox row."""
    match effect:
        case Say(text=text, locale=locale):
            return {"type": "say", "text": [_value_to_json(m) for m in text], "locale": locale}
        case Ask(key=key, text=text, buttons=buttons, version=version, expects=expects):
            return {
                "type": "ask",
                "key": key,
                "text": [_value_to_json(m) for m in text],
                "buttons": [
                    [{"label": _value_to_json(b.label), "code": b.code} for b in row]
                    for row in buttons
                ],
                "version": version,
                "expects": expects,
            }
        case Alert(kind=kind, categories=categories, words=words):
            return {"type": "alert", "kind": kind, "categories": list(categories), "words": words}
        case Submit(snapshot=snapshot, card=card):
            return {
                "type": "submit",
                "snapshot": dict(snapshot),
                "card": [_value_to_json(m) for m in card],
            }
        case Relay(message_id=message_id, words=words, edited=edited):
            return {"type": "relay", "message_id": message_id, "words": words, "edited": edited}
        case CopyFromCoordinators(message_id=message_id):
            return {"type": "copy", "message_id": message_id}
        case SendFile(filename=filename, content=content, caption=caption):
            return {
                "type": "file",
                "filename": filename,
                "content": content,
                "caption": _value_to_json(caption),
            }
    raise TypeError(f"not an outgoing effect: {effect!r}")


def outgoing_from_json(data: Mapping[str, Any]) -> Outgoing:
    """The effect stored by `outgoing_to_json`."""
    kind = data["type"]
    if kind == "say":
        return Say(_msgs(data["text"]), data.get("locale"))
    if kind == "ask":
        return Ask(
            key=data["key"],
            text=_msgs(data["text"]),
            buttons=tuple(
                tuple(Button(_value_from_json(b["label"]), b["code"]) for b in row)
                for row in data["buttons"]
            ),
            version=int(data["version"]),
            expects=data["expects"],
        )
    if kind == "alert":
        return Alert(data["kind"], tuple(data["categories"]), data["words"])
    if kind == "submit":
        return Submit(data["snapshot"], _msgs(data.get("card", [])))
    if kind == "relay":
        return Relay(int(data["message_id"]), data["words"], bool(data.get("edited", False)))
    if kind == "copy":
        return CopyFromCoordinators(int(data["message_id"]))
    if kind == "file":
        return SendFile(data["filename"], data["content"], _value_from_json(data["caption"]))
    raise ValueError(f"unknown outbox effect type {kind!r}")
