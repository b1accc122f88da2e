"""Intake: the leukaemia now, and the CD19/CD22 tests (the heart of the case)."""

from __future__ import annotations

from flows.definitions.intake.options import ANTIGEN, RELAPSED
from flows.steps import (
    Choice,
    DateStep,
    FileStep,
    NumberStep,
    Option,
    Step,
    TextStep,
)
from flows.text import N_

__all__ = ["disease", "markers"]


def disease() -> tuple[Step, ...]:
    s = "disease"
    return (
        Choice(
            id="disease_status",
            section=s,
            label=N_("Disease now"),
            unknown=True,
            prompt=N_("Where is the leukaemia now?"),
            options=(
                Option("primary_refractory", N_("It never went into remission")),
                Option("first_relapse", N_("It came back for the first time")),
                Option("second_or_later_relapse", N_("It came back twice or more")),
                Option("relapse_after_transplant", N_("It came back after a stem-cell transplant")),
                Option("mrd_positive", N_("In remission, but MRD is still found")),
                Option("remission_mrd_negative", N_("In remission, MRD negative")),
            ),
        ),
        DateStep(
            id="last_relapse_date",
            section=s,
            label=N_("Last relapse"),
            unknown=True,
            when=RELAPSED,
            prompt=N_("When did the leukaemia last come back?"),
        ),
        Choice(
            id="cns_status",
            section=s,
            label=N_("Spinal fluid (CNS)"),
            unknown=True,
            prompt=N_("Was leukaemia found in the spinal fluid (CNS status)?"),
            options=(
                Option("cns1", N_("No, none found (CNS1)")),
                Option("cns2", N_("A few cells found (CNS2)")),
                Option("cns3", N_("Yes, clearly found (CNS3)")),
            ),
        ),
        Choice(
            id="extramedullary",
            section=s,
            label=N_("Outside the bone marrow"),
            multi=True,
            exclusive=("none", "unknown"),
            prompt=N_("Has leukaemia been found outside the bone marrow and blood?"),
            options=(
                Option("none", N_("No")),
                Option("cns", N_("Brain or spinal fluid")),
                Option("testis", N_("Testicle")),
                Option("other", N_("Somewhere else")),
                Option("unknown", N_("I don't know")),
            ),
        ),
        NumberStep(
            id="marrow_blasts_pct",
            section=s,
            label=N_("Blasts in bone marrow (%)"),
            minimum=0,
            maximum=100,
            integer=False,
            unknown=True,
            skip=True,
            prompt=N_(
                "If the latest bone-marrow report gives the percentage of blasts, type it (for example 12.5)."
            ),
        ),
        TextStep(
            id="mrd_value",
            section=s,
            label=N_("Latest MRD result"),
            max_length=200,
            unknown=True,
            skip=True,
            prompt=N_("If you have the latest MRD result, type it as written (for example 0.01%)."),
        ),
    )


def markers() -> tuple[Step, ...]:
    s = "markers"
    return (
        Choice(
            id="cd19_status",
            section=s,
            label=N_("CD19"),
            unknown=True,
            prompt=N_(
                "<b>CD19</b> is the marker that CD19 CAR-T looks for. What does the latest flow cytometry report say about CD19 on the leukaemia cells?"
            ),
            options=(
                *ANTIGEN[:2],
                Option("partial", N_("Partial (on some cells only)")),
                ANTIGEN[2],
            ),
        ),
        Choice(
            id="cd22_status",
            section=s,
            label=N_("CD22"),
            unknown=True,
            prompt=N_(
                "<b>CD22</b> is the second marker a dual-target CAR-T looks for. What does the latest report say about CD22?"
            ),
            options=(
                *ANTIGEN[:2],
                Option("partial", N_("Partial (on some cells only)")),
                ANTIGEN[2],
                Option("not_tested", N_("It was not tested")),
            ),
        ),
        DateStep(
            id="flow_date",
            section=s,
            label=N_("Latest flow cytometry"),
            unknown=True,
            prompt=N_("When was the sample for this latest flow cytometry test taken?"),
        ),
        Choice(
            id="flow_sample",
            section=s,
            label=N_("Sample tested"),
            unknown=True,
            prompt=N_("What was tested?"),
            options=(
                Option("bone_marrow", N_("Bone marrow")),
                Option("blood", N_("Blood")),
                Option("csf", N_("Spinal fluid")),
                Option("tissue", N_("A tissue sample (biopsy)")),
            ),
        ),
        FileStep(
            id="flow_report",
            section=s,
            label=N_("Flow cytometry report"),
            prompt=N_(
                "Please send the flow cytometry report (a photo of each page is fine). It matters most for the review."
            ),
        ),
        NumberStep(
            id="cd19_pct",
            section=s,
            label=N_("CD19 (% of blasts)"),
            minimum=0,
            maximum=100,
            integer=False,
            skip=True,
            prompt=N_(
                "If the report gives a percentage of blasts that are CD19-positive, type it. Otherwise tap Skip."
            ),
        ),
        NumberStep(
            id="cd22_pct",
            section=s,
            label=N_("CD22 (% of blasts)"),
            minimum=0,
            maximum=100,
            integer=False,
            skip=True,
            prompt=N_(
                "If the report gives a percentage of blasts that are CD22-positive, type it. Otherwise tap Skip."
            ),
        ),
        NumberStep(
            id="cd22_sites_per_cell",
            section=s,
            label=N_("CD22 sites per cell"),
            minimum=0,
            maximum=1_000_000,
            skip=True,
            prompt=N_(
                "If the report gives the number of CD22 sites (molecules) per cell, type it. Otherwise tap Skip."
            ),
        ),
    )
