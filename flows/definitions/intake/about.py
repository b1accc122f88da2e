"""Intake: who is writing, and the patient and diagnosis."""

from __future__ import annotations

from flows.conditions import Equals
from flows.definitions.countries import BUTTONS, COUNTRIES, parse_country
from flows.steps import (
    Choice,
    DateStep,
    NumberStep,
    Option,
    Step,
    TextStep,
)
from flows.text import N_

__all__ = ["contact", "patient"]


def contact() -> tuple[Step, ...]:
    s = "contact"
    return (
        Choice(
            id="contact_role",
            section=s,
            label=N_("You are"),
            prompt=N_("Who is writing to us?"),
            options=(
                Option("patient", N_("I am the patient")),
                Option("parent_guardian", N_("A parent or guardian")),
                Option("relative", N_("Another relative or friend")),
                Option("physician", N_("The patient's doctor")),
                Option("other", N_("Someone else")),
            ),
        ),
        Choice(
            id="country_residence",
            section=s,
            label=N_("Country where the patient lives"),
            prompt=N_("In which country does the patient live now?"),
            options=(
                *(Option(c, COUNTRIES[c][0]) for c in BUTTONS),
                Option("other", N_("Another country")),
            ),
            parse_typed=parse_country,
            typed_hint=N_("Not in the list? Type the country's name."),
        ),
        TextStep(
            id="contact_name",
            section=s,
            label=N_("Your name"),
            max_length=200,
            prompt=N_("What is your name? (So the coordinator knows how to address you.)"),
        ),
        Choice(
            id="preferred_contact",
            section=s,
            label=N_("Best way to reach you"),
            skip=True,
            prompt=N_("Apart from this chat, how else can we reach you?"),
            options=(
                Option("telegram", N_("Only here in Telegram")),
                Option("phone", N_("Phone / WhatsApp")),
                Option("email", N_("E-mail")),
            ),
        ),
        TextStep(
            id="contact_value",
            section=s,
            label=N_("Phone or e-mail"),
            max_length=200,
            skip=True,
            when=Equals("preferred_contact", "phone", "email"),
            prompt=N_("Please type the phone number (with country code) or e-mail address."),
        ),
    )


def patient() -> tuple[Step, ...]:
    s = "patient"
    return (
        NumberStep(
            id="patient_age_years",
            section=s,
            label=N_("Age (years)"),
            minimum=0,
            maximum=90,
            prompt=N_("How old is the patient, in years? (For a baby under 1, type 0.)"),
        ),
        NumberStep(
            id="weight_kg",
            section=s,
            label=N_("Weight (kg)"),
            minimum=1,
            maximum=250,
            integer=False,
            skip=True,
            unknown=True,
            prompt=N_("What does the patient weigh, in kilograms?"),
        ),
        Choice(
            id="diagnosis",
            section=s,
            label=N_("Diagnosis"),
            unknown=True,
            prompt=N_("What is the diagnosis, as written in the medical reports?"),
            options=(
                Option("b_all", N_("B-cell acute lymphoblastic leukaemia (B-ALL)")),
                Option("b_lymphoblastic_lymphoma", N_("B-lymphoblastic lymphoma")),
                Option("mpal", N_("Mixed-phenotype acute leukaemia (MPAL)")),
                Option("t_all", N_("T-cell ALL (T-ALL)")),
                Option("burkitt", N_("Burkitt leukaemia or lymphoma")),
                Option("other", N_("Something else")),
            ),
        ),
        DateStep(
            id="diagnosis_date",
            section=s,
            label=N_("First diagnosed"),
            unknown=True,
            prompt=N_("When was the leukaemia first diagnosed?"),
        ),
        Choice(
            id="ph_status",
            section=s,
            label=N_("Philadelphia chromosome"),
            unknown=True,
            prompt=N_("Do the genetic tests mention the Philadelphia chromosome (BCR-ABL1)?"),
            options=(
                Option("ph_positive", N_("Ph-positive (BCR-ABL1 found)")),
                Option("ph_like", N_("Ph-like")),
                Option("ph_negative", N_("Ph-negative (not found)")),
            ),
        ),
        NumberStep(
            id="tki_lines",
            section=s,
            label=N_("TKI medicines tried"),
            minimum=0,
            maximum=10,
            unknown=True,
            when=Equals("ph_status", "ph_positive"),
            prompt=N_(
                "How many different TKI medicines (such as imatinib, dasatinib, ponatinib) has the patient taken?"
            ),
        ),
        Choice(
            id="genetics_other",
            section=s,
            label=N_("Other genetic findings"),
            multi=True,
            skip=True,
            exclusive=("none_known",),
            prompt=N_("Do the reports mention any of these genetic changes?"),
            options=(
                Option("kmt2a", N_("KMT2A (MLL) rearrangement")),
                Option("tp53", N_("TP53 change")),
                Option("other", N_("Another change")),
                Option("none_known", N_("None that I know of")),
            ),
        ),
    )
