"""What the red-flag tests of every language share."""

from __future__ import annotations

from flows.redflags import Category, detect

__all__ = ["categories"]


def categories(text: str) -> set[Category]:
    """The categories `detect` finds in `text`."""
    return {flag.category for flag in detect(text)}
