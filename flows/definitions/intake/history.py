"""Intake: treatments so far, each earlier CAR-T (a repeatable block), transplant."""

from __future__ import annotations

from flows.conditions import Equals, Not
from flows.definitions.intake.options import ANTIGEN, YES_NO_UNKNOWN
from flows.steps import (
    Choice,
    DateStep,
    NumberStep,
    Option,
    Repeat,
    Step,
    TextStep,
)
from flows.text import N_

__all__ = ["car_t", "transplant", "treatment"]


def treatment() -> tuple[Step, ...]:
    s = "treatment"
    return (
        NumberStep(
            id="prior_lines",
            section=s,
            label=N_("Lines of treatment"),
            minimum=0,
            maximum=20,
            unknown=True,
            skip=True,
            prompt=N_("How many different treatment courses (lines) has the patient had so far?"),
        ),
        TextStep(
            id="current_therapy",
            section=s,
            label=N_("Treatment now"),
            skip=True,
            prompt=N_("What treatment is the patient getting now, if any?"),
        ),
        Choice(
            id="prior_blinatumomab",
            section=s,
            label=N_("Blinatumomab"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Has the patient ever had <b>blinatumomab</b> (Blincyto)?"),
        ),
        DateStep(
            id="blinatumomab_last_date",
            section=s,
            label=N_("Last blinatumomab"),
            unknown=True,
            when=Equals("prior_blinatumomab", "yes"),
            prompt=N_("When was the last dose of blinatumomab?"),
        ),
        Choice(
            id="prior_inotuzumab",
            section=s,
            label=N_("Inotuzumab"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Has the patient ever had <b>inotuzumab</b> (Besponsa)?"),
        ),
        DateStep(
            id="inotuzumab_last_date",
            section=s,
            label=N_("Last inotuzumab"),
            unknown=True,
            when=Equals("prior_inotuzumab", "yes"),
            prompt=N_("When was the last dose of inotuzumab?"),
        ),
    )


def _car_t_item() -> tuple[Step, ...]:
    s = "cart"
    relapsed = Equals("relapsed", "yes")
    return (
        Choice(
            id="target",
            section=s,
            label=N_("Target"),
            unknown=True,
            prompt=N_("Which marker did this CAR-T target?"),
            options=(
                Option("cd19", N_("CD19")),
                Option("cd22", N_("CD22")),
                Option("cd19_cd22", N_("Both CD19 and CD22")),
                Option("other", N_("Something else")),
            ),
        ),
        TextStep(
            id="product",
            section=s,
            label=N_("Product"),
            max_length=200,
            unknown=True,
            prompt=N_(
                "What was the product called (for example Kymriah), or was it a clinical trial? Type what you know."
            ),
        ),
        DateStep(
            id="infusion_date",
            section=s,
            label=N_("Infusion"),
            unknown=True,
            prompt=N_("When were the CAR-T cells given (infused)?"),
        ),
        Choice(
            id="best_response",
            section=s,
            label=N_("Best response"),
            unknown=True,
            prompt=N_("What was the best result after this CAR-T?"),
            options=(
                Option("mrd_negative_cr", N_("Remission, MRD negative")),
                Option("mrd_positive_cr", N_("Remission, but MRD still found")),
                Option("no_response", N_("It did not work (no remission)")),
            ),
        ),
        Choice(
            id="relapsed",
            section=s,
            label=N_("Came back after it"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Did the leukaemia come back after this CAR-T?"),
        ),
        DateStep(
            id="relapse_date",
            section=s,
            label=N_("Came back"),
            unknown=True,
            when=relapsed,
            prompt=N_("When did it come back?"),
        ),
        Choice(
            id="relapse_cd19",
            section=s,
            label=N_("CD19 when it came back"),
            unknown=True,
            when=relapsed,
            prompt=N_("When it came back, what did the tests say about <b>CD19</b>?"),
            options=ANTIGEN,
        ),
        Choice(
            id="relapse_cd22",
            section=s,
            label=N_("CD22 when it came back"),
            unknown=True,
            when=relapsed,
            prompt=N_("And about <b>CD22</b>?"),
            options=ANTIGEN,
        ),
        Choice(
            id="lineage_switch",
            section=s,
            label=N_("Lineage switch"),
            options=YES_NO_UNKNOWN,
            when=relapsed,
            prompt=N_(
                "Did the doctors say the leukaemia changed type (a «lineage switch», for example to myeloid leukaemia)?"
            ),
        ),
        Choice(
            id="worst_crs_icans",
            section=s,
            label=N_("Worst CRS/ICANS grade"),
            unknown=True,
            prompt=N_(
                "After this CAR-T, did the reports give a grade for CRS or ICANS (side effects)? Pick the highest."
            ),
            options=(
                Option("none", N_("None")),
                Option("grade_1_2", N_("Grade 1 or 2")),
                Option("grade_3_4", N_("Grade 3 or 4")),
            ),
        ),
    )


def car_t() -> tuple[Step, ...]:
    s = "cart"
    return (
        Choice(
            id="prior_car_t",
            section=s,
            label=N_("Earlier CAR-T"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Has the patient already had CAR-T cell therapy?"),
        ),
        Repeat(
            id="car_t",
            section=s,
            label=N_("Another CAR-T"),
            when=Equals("prior_car_t", "yes"),
            item_title=N_("CAR-T #{n}"),
            steps=_car_t_item(),
            prompt=N_("Did the patient have another CAR-T after this one?"),
        ),
    )


def transplant() -> tuple[Step, ...]:
    s = "transplant"
    allo = Equals("prior_hsct", "allogeneic")
    return (
        Choice(
            id="prior_hsct",
            section=s,
            label=N_("Stem-cell transplant"),
            prompt=N_("Has the patient had a stem-cell (bone-marrow) transplant?"),
            options=(
                Option("none", N_("No")),
                Option("allogeneic", N_("Yes, from a donor (allogeneic)")),
                Option("autologous", N_("Yes, with their own cells (autologous)")),
            ),
        ),
        DateStep(
            id="hsct_date",
            section=s,
            label=N_("Transplant date"),
            unknown=True,
            when=Not(Equals("prior_hsct", "none")),
            prompt=N_("When was the transplant?"),
        ),
        Choice(
            id="gvhd_active",
            section=s,
            label=N_("GVHD now"),
            unknown=True,
            when=allo,
            prompt=N_("Does the patient have graft-versus-host disease (GVHD) now?"),
            options=(
                Option("none", N_("No")),
                Option("acute", N_("Yes, acute GVHD")),
                Option("chronic", N_("Yes, chronic GVHD")),
            ),
        ),
        Choice(
            id="immunosuppression_now",
            section=s,
            label=N_("Immunosuppressants now"),
            when=allo,
            options=YES_NO_UNKNOWN,
            prompt=N_(
                "Is the patient taking medicines that suppress the immune system now (for example ciclosporin, tacrolimus, steroids for GVHD)?"
            ),
        ),
    )
