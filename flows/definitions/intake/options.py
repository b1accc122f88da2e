"""Answer options and conditions shared by several intake questions."""

from __future__ import annotations

from flows.conditions import Equals
from flows.steps import Option
from flows.text import N_

__all__ = ["ANTIGEN", "RELAPSED", "YES_NO_UNKNOWN"]

YES, NO, UNKNOWN = (
    Option("yes", N_("Yes")),
    Option("no", N_("No")),
    Option("unknown", N_("I don't know")),
)
YES_NO_UNKNOWN = (YES, NO, UNKNOWN)

RELAPSED = Equals(
    "disease_status", "first_relapse", "second_or_later_relapse", "relapse_after_transplant"
)
ANTIGEN = (
    Option("positive", N_("Positive (present)")),
    Option("dim", N_("Dim (weak)")),
    Option("negative", N_("Negative (absent)")),
)
