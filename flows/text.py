"""Translatable text as plain values.

`flows/` never translates: it returns `Msg` values (a msgid plus parameters)
and the renderer looks them up in the family's catalog. Parameters that are
`str` are treated as user-provided text and are always escaped when rendered;
`Msg` parameters are translated too; numbers are formatted for the locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

__all__ = ["N_", "Lines", "Msg", "ParamValue", "msg"]


def N_(text: str) -> str:
    """Mark `text` as a msgid for extraction; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Msg:
    """A msgid to translate, with named parameters to format after lookup."""

    key: str
    params: tuple[tuple[str, ParamValue], ...] = field(default=())

    def param_map(self) -> Mapping[str, ParamValue]:
        """The parameters as a mapping."""
        return dict(self.params)


@dataclass(frozen=True)
class Lines:
    """Parameter values shown one per line (e.g. the answers of a section)."""

    items: tuple[Msg | str, ...]


# A str parameter is user text (escaped when rendered); a tuple is a list
# joined with commas (e.g. the options picked in a multi-choice answer).
ParamValue: TypeAlias = "str | int | float | Msg | Lines | tuple[Msg | str, ...]"


def msg(key: str, **params: ParamValue) -> Msg:
    """Build a `Msg`; keyword arguments become its parameters."""
    return Msg(key, tuple(sorted(params.items())))
