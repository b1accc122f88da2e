"""What arrives from a channel, already channel-neutral."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

__all__ = ["ChatRef", "Event", "EventKind", "FileRef"]

# "coordinator" and "case_status" come from the coordinators' side: a
# message for the family, or a change of their case's status.
EventKind = Literal[
    "text", "choice", "file", "command", "resume", "unsupported", "coordinator", "case_status"
]


@dataclass(frozen=True)
class ChatRef:
    """A family's conversation: the channel and the chat id within it."""

    channel: str
    chat_id: str

    @property
    def key(self) -> str:
        """A stable string key, e.g. ``telegram:12345``."""
        return f"{self.channel}:{self.chat_id}"


@dataclass(frozen=True)
class FileRef:
    """A file the family sent: the channel's file id, name, MIME type, size."""

    file_id: str
    name: str
    mime_type: str
    size: int
    # "photo" or "document": Telegram re-sends each kind with its own method.
    kind: str = "document"

    def to_json(self) -> dict[str, str | int]:
        """A JSON-ready dict."""
        return {
            "file_id": self.file_id,
            "name": self.name,
            "mime": self.mime_type,
            "kind": self.kind,
            "size": self.size,
        }


@dataclass(frozen=True)
class Event:
    """One thing the family did.

    `choice` carries a button code and the state version printed on that
    button; `command` carries a name (``start``, ``back``...) and `text` its
    argument; `now` is the time the channel received it (the engine reads
    no clock).
    """

    chat: ChatRef
    kind: EventKind
    now: datetime
    text: str = ""
    code: str = ""
    version: int | None = None
    file: FileRef | None = None
    update_id: int | None = None
    locale_hint: str | None = None
    # The channel's id of the message itself (used to relay or copy it).
    message_id: int | None = None
    has_media: bool = False
