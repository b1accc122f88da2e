"""The whole journey, composed from the flow definitions in this package."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from flows.definitions import consent, intake, start
from flows.steps import Flow, Review, Section
from flows.text import N_

__all__ = ["build_flow"]

REVIEW = Section("review", N_("Review"), counted=False)


def build_flow(locales: Sequence[str], month_names: Mapping[str, int] | None = None) -> Flow:
    """start -> consent -> intake -> review, offering `locales` to choose from;
    `month_names` lets typed dates use month names in any language."""
    return Flow(
        id="intake",
        sections=(start.SECTION, consent.SECTION, *intake.SECTIONS, REVIEW),
        steps=(
            *start.steps(locales),
            *consent.STEPS,
            *intake.STEPS,
            Review(id="review", prompt=N_("Review"), section=REVIEW.id),
        ),
        month_names=dict(month_names or {}),
    )
