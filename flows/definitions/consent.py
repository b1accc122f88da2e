"""The `consent` flow: keeping the answers, and sharing them with hospitals.

The consent texts are versioned: the version shown is stored with each
answer, with the time and the language, so a receipt can be given later.
"""

from __future__ import annotations

from flows.steps import Consent, Section, Step
from flows.text import N_

__all__ = ["CONSENT_VERSION", "SECTION", "STEPS"]

CONSENT_VERSION = "2026-11-27.1"

SECTION = Section("consent", N_("Your agreement"), counted=False)

STEPS: tuple[Step, ...] = (
    Consent(
        id="consent_store",
        prompt=N_(
            "<b>May we keep your answers?</b>\n\n"
            "To help you, we store what you tell us here, including health information about the "
            "patient and any documents you send. Only our coordinators can see it. We use it only "
            "to review the case and help you. You can see it with /mydata and erase it with "
            "/delete at any time."
        ),
        label=N_("Keep my answers"),
        section=SECTION.id,
        required=True,
        version=CONSENT_VERSION,
    ),
    Consent(
        id="consent_share_hospitals",
        prompt=N_(
            "<b>May we share the case with hospitals?</b>\n\n"
            "To ask whether the patient could be screened, we need to send the case and the "
            "documents to hospitals or clinical-trial teams. We only do this for this purpose. "
            "If you say no now, we will ask you again before contacting any hospital."
        ),
        label=N_("Share with hospitals"),
        section=SECTION.id,
        required=False,
        version=CONSENT_VERSION,
    ),
)
