"""Intake: how the patient is now, the treating doctor, documents, notes."""

from __future__ import annotations

from flows.conditions import Given
from flows.definitions.intake.options import YES_NO_UNKNOWN
from flows.steps import (
    Choice,
    FileStep,
    Option,
    Step,
    TextStep,
)
from flows.text import N_

__all__ = ["condition"]


def condition() -> tuple[Step, ...]:
    s = "condition"
    return (
        Choice(
            id="performance",
            section=s,
            label=N_("Daily activity"),
            prompt=N_("Which sentence fits the patient best these days?"),
            options=(
                Option("normal", N_("Plays or works normally")),
                Option("tires_easily", N_("Up and about, but tires easily")),
                Option("half_day_in_bed", N_("In bed about half of the day")),
                Option("mostly_in_bed", N_("In bed most of the day")),
            ),
        ),
        Choice(
            id="active_infection",
            section=s,
            label=N_("Infection now"),
            unknown=True,
            prompt=N_("Does the patient have an infection now?"),
            options=(
                Option("none", N_("No")),
                Option("controlled", N_("Yes, and it is under control")),
                Option("uncontrolled", N_("Yes, and it is not under control yet")),
            ),
        ),
        Choice(
            id="where_now",
            section=s,
            label=N_("Where the patient is"),
            prompt=N_("Where is the patient now?"),
            options=(
                Option("home", N_("At home")),
                Option("hospital_ward", N_("In hospital, on a ward")),
                Option("icu", N_("In intensive care (ICU)")),
            ),
        ),
        TextStep(
            id="treating_physician",
            section=s,
            label=N_("Treating doctor"),
            max_length=300,
            skip=True,
            prompt=N_(
                "Who is the treating doctor, and at which hospital? This helps us a lot to get the right reports."
            ),
        ),
        Choice(
            id="physician_supports_referral",
            section=s,
            label=N_("Doctor supports referral"),
            options=YES_NO_UNKNOWN,
            when=Given("treating_physician"),
            prompt=N_("Does this doctor know about and support looking for CAR-T abroad?"),
        ),
        FileStep(
            id="documents",
            section=s,
            label=N_("Other documents"),
            multiple=True,
            prompt=N_(
                "Please send other documents you have: discharge summaries, bone-marrow reports, genetic tests, scans. Send them one by one, then tap Done."
            ),
        ),
        TextStep(
            id="free_text_notes",
            section=s,
            label=N_("Your notes"),
            skip=True,
            prompt=N_("Is there anything else the team should know? Write it in your own words."),
        ),
    )
