"""Coordinator triage: which of the four situations a case fits, plus flags.

A pure function of the intake answers and today's date (passed in). Shown to
coordinators only, never to the family. Rules follow "Triage" in
`content/intake-fields.md`; flags live in `flows.flags`.

Judgement calls where the spec leaves room:

- Situations 1 and 4 count a prior CAR-T only when its target is ``cd19``.
  A ``cd19_cd22`` product is dual-target already, so it does not make a case
  "after CD19 CAR-T"; it adds a note asking coordinators to review that
  history by hand. A prior CAR-T whose target is unknown adds a note too.
- Situation 1 reads CD19 at relapse from the CAR-T entry (``relapse_cd19``
  ``negative``); situation 4 fires for ``positive`` or ``dim`` ("CD19 still
  present"). Any qualifying entry counts, so with several CAR-Ts both may
  apply.
- Situation 1 is reported even when CD22 is not known to be present; if the
  current ``cd22_status`` is not ``positive``/``dim``/``partial`` a note says
  it applies only if CD22 is present.
- Situation 2 needs ``prior_car_t == "no"`` (and no CAR-T entries) and CD19
  ``dim``, ``ph_like`` or ``mpal``; disease status is not checked.
- Situation 3 reads the current ``cd19_status`` (``partial`` or ``dim``).
- "No prior CAR-T, uniform CD19" needs ``prior_car_t == "no"``, no CAR-T
  entries, ``cd19_status == "positive"`` and a B-cell diagnosis (``b_all`` or
  ``b_lymphoblastic_lymphoma``). Anything else that matches no situation is
  UNCLEAR: unknowns never drop a case into the "usual first choice" outcome.
  An unknown Ph status does not block it (Ph-like testing is often not done)
  but adds a note, since Ph-like disease would make situation 2 apply.
- Some protocols want 6 months after an allogeneic transplant: when the
  100-day flag does not fire but fewer than 183 days may have passed (counted
  from the last day of the transplant month), a note says so.

`Triage.situations` keeps `Situation` order; UNCLEAR and "no prior CAR-T,
uniform CD19" only ever appear alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from flows.flags import (
    ALLO_HSCT_MIN_DAYS,
    FLAG_LABELS,
    CarT,
    Flag,
    FlagHit,
    answer_code,
    answer_month,
    car_t_items,
    coordinator_flags,
    days_since_month_end,
)
from flows.text import N_

__all__ = [
    "FLAG_LABELS",
    "SITUATION_LABELS",
    "Flag",
    "FlagHit",
    "Situation",
    "Triage",
    "triage",
]

Answers = Mapping[str, object]


class Situation(StrEnum):
    """The four situations of the source page, then the two "otherwise" outcomes."""

    CD19_NEGATIVE_RELAPSE_AFTER_CD19_CART = "cd19_negative_relapse_after_cd19_cart"
    HIGH_RISK_NO_PRIOR_CART = "high_risk_no_prior_cart"
    HETEROGENEOUS_CD19 = "heterogeneous_cd19"
    RELAPSE_AFTER_CD19_CART_CD19_PRESENT = "relapse_after_cd19_cart_cd19_present"
    NO_PRIOR_CART_UNIFORM_CD19 = "no_prior_cart_uniform_cd19"
    UNCLEAR = "unclear"


SITUATION_LABELS: Mapping[Situation, str] = MappingProxyType(
    {
        Situation.CD19_NEGATIVE_RELAPSE_AFTER_CD19_CART: N_(
            "1. CD19-negative relapse after CD19 CAR-T: the primary indication"
        ),
        Situation.HIGH_RISK_NO_PRIOR_CART: N_(
            "2. High risk, no prior CAR-T, higher escape risk: trial only"
        ),
        Situation.HETEROGENEOUS_CD19: N_("3. Heterogeneous CD19"),
        Situation.RELAPSE_AFTER_CD19_CART_CD19_PRESENT: N_(
            "4. Relapse after CD19 CAR-T with CD19 still present"
        ),
        Situation.NO_PRIOR_CART_UNIFORM_CD19: N_(
            "No prior CAR-T, uniform CD19: single-target CD19 CAR-T is usually the first choice"
        ),
        Situation.UNCLEAR: N_("Unclear: needs review"),
    }
)


@dataclass(frozen=True)
class Triage:
    """The situations that apply, the flags that fired and notes (all msgids)."""

    situations: tuple[Situation, ...]
    flags: tuple[FlagHit, ...]
    notes: tuple[str, ...]


SIX_MONTHS_DAYS = 183
_CD19_AT_RELAPSE_PRESENT = frozenset({"positive", "dim"})
_CD19_AT_RELAPSE_KNOWN = frozenset({"positive", "dim", "negative"})
_CD19_KNOWN = frozenset({"positive", "dim", "partial", "negative"})
_CD22_PRESENT = frozenset({"positive", "dim", "partial"})
_B_CELL = frozenset({"b_all", "b_lymphoblastic_lymphoma"})
_DIAGNOSIS_KNOWN = frozenset({"b_all", "b_lymphoblastic_lymphoma", "mpal", "t_all", "burkitt"})
_CART_TARGETS_KNOWN = frozenset({"cd19", "cd22", "cd19_cd22", "other"})


def triage(answers: Mapping[str, object], today: datetime.date) -> Triage:
    """Triage one intake: situations, coordinator flags and notes. Never raises."""
    items = car_t_items(answers)
    situations = _situations(answers, items)
    notes = tuple(dict.fromkeys(_notes(answers, today, items, situations)))
    return Triage(situations, coordinator_flags(answers, today), notes)


def _situations(answers: Answers, items: tuple[CarT, ...]) -> tuple[Situation, ...]:
    cd19 = answer_code(answers, "cd19_status")
    diagnosis = answer_code(answers, "diagnosis")
    no_prior = _no_prior_car_t(answers, items)
    at_relapse = {item.relapse_cd19 for item in items if item.target == "cd19"}
    found: list[Situation] = []
    if "negative" in at_relapse:
        found.append(Situation.CD19_NEGATIVE_RELAPSE_AFTER_CD19_CART)
    high_risk = cd19 == "dim" or answer_code(answers, "ph_status") == "ph_like"
    if no_prior and (high_risk or diagnosis == "mpal"):
        found.append(Situation.HIGH_RISK_NO_PRIOR_CART)
    if cd19 in {"partial", "dim"}:
        found.append(Situation.HETEROGENEOUS_CD19)
    if at_relapse & _CD19_AT_RELAPSE_PRESENT:
        found.append(Situation.RELAPSE_AFTER_CD19_CART_CD19_PRESENT)
    if found:
        return tuple(found)
    if no_prior and cd19 == "positive" and diagnosis in _B_CELL:
        return (Situation.NO_PRIOR_CART_UNIFORM_CD19,)
    return (Situation.UNCLEAR,)


def _notes(
    answers: Answers,
    today: datetime.date,
    items: tuple[CarT, ...],
    situations: tuple[Situation, ...],
) -> Iterator[str]:
    prior = answer_code(answers, "prior_car_t")
    if (
        Situation.CD19_NEGATIVE_RELAPSE_AFTER_CD19_CART in situations
        and answer_code(answers, "cd22_status") not in _CD22_PRESENT
    ):
        yield N_("Situation 1 applies only if CD22 is present")
    for item in items:
        if item.target == "cd19_cd22":
            yield N_(
                "A prior CAR-T was already dual-target CD19+CD22: situations 1 and 4 "
                "count CD19-only products, so review this history by hand"
            )
        elif item.target not in _CART_TARGETS_KNOWN:
            yield N_("Target of a prior CAR-T unknown: situations 1 and 4 may apply")
        elif item.target == "cd19" and item.relapse_cd19 not in _CD19_AT_RELAPSE_KNOWN:
            yield N_("CD19 at relapse after a prior CD19 CAR-T unknown")
    if prior == "yes" and not items:
        yield N_("Prior CAR-T reported without details")
    elif prior not in {"yes", "no"} and not items:
        yield N_("Unknown whether the patient had CAR-T before")
    if answer_code(answers, "cd19_status") not in _CD19_KNOWN:
        yield N_("Current CD19 status unknown")
    if answer_code(answers, "diagnosis") not in _DIAGNOSIS_KNOWN:
        yield N_("Diagnosis not confirmed as B-cell ALL or lymphoma")
    if (
        _no_prior_car_t(answers, items)
        and answer_code(answers, "ph_status") in {None, "unknown"}
        and Situation.HIGH_RISK_NO_PRIOR_CART not in situations
    ):
        yield N_("Ph status unknown: situation 2 would apply if Ph-like")
    hsct = answer_month(answers, "hsct_date")
    if answer_code(answers, "prior_hsct") == "allogeneic" and hsct is not None:
        days = days_since_month_end(hsct, today)
        if ALLO_HSCT_MIN_DAYS <= days < SIX_MONTHS_DAYS:
            yield N_(
                "Allogeneic transplant may be under 6 months ago: some protocols need 6 months"
            )


def _no_prior_car_t(answers: Answers, items: tuple[CarT, ...]) -> bool:
    return answer_code(answers, "prior_car_t") == "no" and not items
