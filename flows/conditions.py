"""Skip logic as data: conditions on earlier answers.

A condition is evaluated against a `Lookup` (a function from a field id to the
stored plain value). Inside a repeatable block the lookup sees the block's own
fields first, so a condition can say "only if this CAR-T was followed by a
relapse" without knowing which block it is in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["AllOf", "AnyOf", "Condition", "Equals", "Given", "Lookup", "Not", "holds"]

Lookup = Callable[[str], object]


@dataclass(frozen=True)
class Equals:
    """The field's value is one of `values` (for a multi-choice: contains one)."""

    field: str
    values: tuple[str, ...]

    def __init__(self, field: str, *values: str) -> None:
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class Given:
    """The field holds a real answer (not skipped, not "don't know")."""

    field: str


@dataclass(frozen=True)
class Not:
    """The inner condition does not hold."""

    inner: Condition


@dataclass(frozen=True)
class AllOf:
    """Every inner condition holds."""

    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    """At least one inner condition holds."""

    parts: tuple[Condition, ...]


Condition = Equals | Given | Not | AllOf | AnyOf


def holds(condition: Condition | None, lookup: Lookup) -> bool:
    """Whether `condition` holds for the answers seen through `lookup`."""
    match condition:
        case None:
            return True
        case Equals(field=field, values=values):
            value = lookup(field)
            if isinstance(value, list):
                return any(item in values for item in value)
            return value in values
        case Given(field=field):
            return lookup(field) not in (None, "unknown")
        case Not(inner=inner):
            return not holds(inner, lookup)
        case AllOf(parts=parts):
            return all(holds(part, lookup) for part in parts)
        case AnyOf(parts=parts):
            return any(holds(part, lookup) for part in parts)
    raise TypeError(f"not a condition: {condition!r}")
