"""The shapes of the education content: a page of reading, a glossary term."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Page", "Term"]


@dataclass(frozen=True)
class Page:
    """One screen of reading. `title` is a button label; `body` holds one idea."""

    id: str
    title: str
    body: str


@dataclass(frozen=True)
class Term:
    """A glossary entry, shown as a Telegram alert (explanation <= 190 chars)."""

    id: str
    term: str
    explanation: str
