"""Coordinator flags: "check this" markers computed from intake answers.

Flags are shown to coordinators only, never to the family. Each `FlagHit`
carries a reason msgid naming the rule that fired, so the coordinator card can
say why. Rules follow "Coordinator flags" in `content/intake-fields.md`.

Dates are stored with month precision (``"YYYY-MM"``), so every date rule is
conservative: coordinators prefer a false "check this" to a miss.

- Flow report older than about 8 weeks: the 1st of the flow month (its
  earliest possible day) is more than 56 days before today.
- Flow report before the last blinatumomab, inotuzumab or CAR-T: the flow
  month is earlier than or equal to the treatment month (same month is
  "cannot tell", so it flags). A treatment reported as given but without a
  date flags too; an unknown or malformed flow date flags on its own.
- Allogeneic transplant under about 100 days: the transplant may have been
  as late as the last day of its month, so the flag fires when fewer than 100
  days have passed since that day. An unknown transplant date flags.

The readers at the bottom (`answer_code`, `answer_month`, `car_t_items`...)
turn raw answers into typed values; anything absent, ``None`` or of the wrong
type reads as unknown, so no answer shape makes the rules raise.
`flows.triage` uses them too.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from flows.text import N_

__all__ = [
    "ALLO_HSCT_MIN_DAYS",
    "FLAG_LABELS",
    "FLOW_MAX_AGE_DAYS",
    "CarT",
    "Flag",
    "FlagHit",
    "answer_code",
    "answer_int",
    "answer_month",
    "car_t_items",
    "coordinator_flags",
    "days_since_month_end",
]

Answers = Mapping[str, object]


class Flag(StrEnum):
    """A coordinator flag kind, in the order the card shows them."""

    REPEAT_FLOW_REPORT = "repeat_flow_report"
    DUAL_TARGET_UNLIKELY_TO_FIT = "dual_target_unlikely_to_fit"
    OUTSIDE_PATHWAY = "outside_pathway"
    TRANSPLANT_TIMING = "transplant_timing"
    FITNESS = "fitness"
    OTHER = "other"


FLAG_LABELS: Mapping[Flag, str] = MappingProxyType(
    {
        Flag.REPEAT_FLOW_REPORT: N_("Repeat flow report needed"),
        Flag.DUAL_TARGET_UNLIKELY_TO_FIT: N_("Dual-target protocol unlikely to fit"),
        Flag.OUTSIDE_PATHWAY: N_("Outside this pathway"),
        Flag.TRANSPLANT_TIMING: N_("Transplant timing"),
        Flag.FITNESS: N_("Fitness"),
        Flag.OTHER: N_("Other"),
    }
)


@dataclass(frozen=True)
class FlagHit:
    """One flag that fired, with a reason msgid naming the rule."""

    flag: Flag
    reason: str


FLOW_MAX_AGE_DAYS = 56
ALLO_HSCT_MIN_DAYS = 100
_CD22_MEASURED = frozenset({"positive", "dim", "partial", "negative"})
_BEFORE_FLOW = (
    (
        "prior_blinatumomab",
        "blinatumomab_last_date",
        N_("Flow cytometry not after the last blinatumomab"),
        N_("Last blinatumomab date unknown"),
    ),
    (
        "prior_inotuzumab",
        "inotuzumab_last_date",
        N_("Flow cytometry not after the last inotuzumab"),
        N_("Last inotuzumab date unknown"),
    ),
)


def coordinator_flags(answers: Answers, today: datetime.date) -> tuple[FlagHit, ...]:
    """Every flag that fires for `answers`, in `Flag` order, without duplicates."""
    items = car_t_items(answers)
    rules = (
        (Flag.REPEAT_FLOW_REPORT, _repeat_flow(answers, today, items)),
        (Flag.DUAL_TARGET_UNLIKELY_TO_FIT, _dual_target(answers)),
        (Flag.OUTSIDE_PATHWAY, _outside_pathway(answers, items)),
        (Flag.TRANSPLANT_TIMING, _transplant(answers, today)),
        (Flag.FITNESS, _fitness(answers)),
        (Flag.OTHER, _other(answers, items)),
    )
    hits = (FlagHit(flag, reason) for flag, reasons in rules for reason in reasons)
    return tuple(dict.fromkeys(hits))


def _repeat_flow(answers: Answers, today: datetime.date, items: tuple[CarT, ...]) -> Iterator[str]:
    if answer_code(answers, "cd22_status") not in _CD22_MEASURED:
        yield N_("CD22 not tested or unknown")
    flow = answer_month(answers, "flow_date")
    if flow is None:
        yield N_("Flow cytometry date unknown")
        return
    if (today - flow).days > FLOW_MAX_AGE_DAYS:
        yield N_("Flow cytometry older than about 8 weeks")
    for given_field, date_field, before, undated in _BEFORE_FLOW:
        last = answer_month(answers, date_field)
        if last is None and answer_code(answers, given_field) == "yes":
            yield undated
        elif last is not None and flow <= last:
            yield before
    infusions = [item.infusion for item in items]
    if None in infusions or (answer_code(answers, "prior_car_t") == "yes" and not items):
        yield N_("CAR-T infusion date unknown")
    known = [day for day in infusions if day is not None]
    if known and flow <= max(known):
        yield N_("Flow cytometry not after the last CAR-T infusion")


def _dual_target(answers: Answers) -> Iterator[str]:
    if answer_code(answers, "cd19_status") != "negative":
        return
    cd22 = answer_code(answers, "cd22_status")
    if cd22 == "dim":
        yield N_("CD19 negative with CD22 dim")
    elif cd22 == "negative":
        yield N_("CD19 negative with CD22 negative")


def _outside_pathway(answers: Answers, items: tuple[CarT, ...]) -> Iterator[str]:
    diagnosis = answer_code(answers, "diagnosis")
    if diagnosis == "t_all":
        yield N_("T-ALL")
    elif diagnosis == "burkitt":
        yield N_("Burkitt")
    if any(item.lineage_switch == "yes" for item in items):
        yield N_("Lineage switch after CAR-T")


def _transplant(answers: Answers, today: datetime.date) -> Iterator[str]:
    if answer_code(answers, "prior_hsct") == "allogeneic":
        hsct = answer_month(answers, "hsct_date")
        if hsct is None:
            yield N_("Transplant date unknown")
        elif days_since_month_end(hsct, today) < ALLO_HSCT_MIN_DAYS:
            yield N_("Allogeneic transplant under about 100 days ago")
    gvhd = answer_code(answers, "gvhd_active")
    if gvhd == "acute":
        yield N_("Active acute GVHD")
    elif gvhd == "chronic":
        yield N_("Active chronic GVHD")
    if answer_code(answers, "immunosuppression_now") == "yes":
        yield N_("Still on immunosuppression")


def _fitness(answers: Answers) -> Iterator[str]:
    performance = answer_code(answers, "performance")
    if performance == "half_day_in_bed":
        yield N_("In bed about half of the day")
    elif performance == "mostly_in_bed":
        yield N_("Mostly in bed")
    if answer_code(answers, "active_infection") == "uncontrolled":
        yield N_("Uncontrolled infection")
    if answer_code(answers, "cns_status") == "cns3":
        yield N_("CNS3 disease")
    if answer_code(answers, "where_now") == "icu":
        yield N_("In intensive care")


def _other(answers: Answers, items: tuple[CarT, ...]) -> Iterator[str]:
    if answer_code(answers, "ph_status") == "ph_positive":
        tki_lines = answer_int(answers, "tki_lines")
        if tki_lines is None:
            yield N_("Ph-positive, number of TKIs unknown")
        elif tki_lines < 2:
            yield N_("Ph-positive with fewer than 2 TKIs")
    if any(item.best_response == "no_response" for item in items):
        yield N_("No response to a prior CAR-T")


# Readers: raw answers to typed values; wrong shapes read as unknown (None).

_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-\d{2})?")


@dataclass(frozen=True)
class CarT:
    """One prior CAR-T from the repeated `car_t` answer; None means unknown."""

    target: str | None = None
    infusion: datetime.date | None = None
    best_response: str | None = None
    relapse_cd19: str | None = None
    lineage_switch: str | None = None


def answer_code(answers: Answers, field: str) -> str | None:
    """The stored code of a choice field; None when absent or not a string."""
    value = answers.get(field)
    return value if isinstance(value, str) else None


def answer_int(answers: Answers, field: str) -> int | None:
    """An integer answer; None when absent or not an integer."""
    value = answers.get(field)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def answer_month(answers: Answers, field: str) -> datetime.date | None:
    """The 1st of the month a date answer names; None when absent or malformed."""
    return _month(answers.get(field))


def car_t_items(answers: Answers) -> tuple[CarT, ...]:
    """The prior CAR-T entries; a malformed entry reads as all-unknown."""
    raw = answers.get("car_t")
    if not isinstance(raw, list | tuple):
        return ()
    return tuple(_car_t(item if isinstance(item, Mapping) else {}) for item in raw)


def days_since_month_end(month: datetime.date, today: datetime.date) -> int:
    """Days from the last day of `month` to `today`: the fewest that may have passed."""
    last_day = calendar.monthrange(month.year, month.month)[1]
    return (today - month.replace(day=last_day)).days


def _car_t(entry: Mapping[str, object]) -> CarT:
    return CarT(
        target=answer_code(entry, "target"),
        infusion=answer_month(entry, "infusion_date"),
        best_response=answer_code(entry, "best_response"),
        relapse_cd19=answer_code(entry, "relapse_cd19"),
        lineage_switch=answer_code(entry, "lineage_switch"),
    )


def _month(value: object) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return datetime.date(value.year, value.month, 1)
    if not isinstance(value, str):
        return None
    match = _MONTH.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return datetime.date(int(match["year"]), int(match["month"]), 1)
    except ValueError:
        return None
