"""The one callback-data codec: ``v1:<state version>:<button code>``.

Telegram allows 1-64 bytes of callback data. Codes come from flow
definitions, so a code that would not fit is a programming error: `encode`
raises and says how to fix it. Data that does not decode (an old format, a
forged press) is treated as a stale press.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_BYTES", "CallbackData", "CallbackTooLongError", "decode", "encode"]

MAX_BYTES = 64
PREFIX = "v1"


class CallbackTooLongError(ValueError):
    """A button code is too long for Telegram's 64-byte callback data."""


@dataclass(frozen=True)
class CallbackData:
    """A decoded press: the state version it was shown with, and the code."""

    version: int
    code: str


def encode(version: int, code: str) -> str:
    """Callback data for a button; raises CallbackTooLongError past 64 bytes."""
    data = f"{PREFIX}:{version}:{code}"
    size = len(data.encode("utf-8"))
    if size > MAX_BYTES:
        raise CallbackTooLongError(
            f"callback data for code {code!r} is {size} bytes (limit {MAX_BYTES}); "
            "shorten the step or option id in the flow definition"
        )
    return data


def decode(data: str | None) -> CallbackData | None:
    """The press encoded by `encode`, or None for anything else."""
    if not data:
        return None
    prefix, _, rest = data.partition(":")
    version, _, code = rest.partition(":")
    if prefix != PREFIX or not version.isdigit() or not code:
        return None
    return CallbackData(int(version), code)
