"""The `intake` flow: every question the coordinators need.

Fields, codes and conditions follow shared/content/intake-fields.md. Each
question is in plain words; the stored value is the clinical code. The
sections below, read in order, are the questionnaire; each module holds two
or three of them.
"""

from __future__ import annotations

from flows.definitions.intake.about import contact, patient
from flows.definitions.intake.current import condition
from flows.definitions.intake.disease import disease, markers
from flows.definitions.intake.history import car_t, transplant, treatment
from flows.steps import Section, Step
from flows.text import N_

__all__ = ["SECTIONS", "STEPS"]

SECTIONS = (
    Section("contact", N_("About you")),
    Section("patient", N_("The patient")),
    Section("disease", N_("The leukaemia now")),
    Section("markers", N_("CD19/CD22 tests")),
    Section("treatment", N_("Treatments so far")),
    Section("cart", N_("Earlier CAR-T")),
    Section("transplant", N_("Transplant")),
    Section("condition", N_("How the patient is now")),
)

STEPS: tuple[Step, ...] = (
    *contact(),
    *patient(),
    *disease(),
    *markers(),
    *treatment(),
    *car_t(),
    *transplant(),
    *condition(),
)
