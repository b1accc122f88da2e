"""The questionnaire's branches through Telegram, on both runtimes: a
CD19-negative relapse after CD19 CAR-T, "don't know" everywhere (which turns
into a checklist for the doctor), and an edit from the review screen."""

from __future__ import annotations

import pytest

from tests.e2e.harness import INTAKE_NO_PRIOR_CART, RUNTIMES, START_TO_CONSENT, Family, running_bot
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

GROUP = -1009876543210

CD19_NEGATIVE_RELAPSE_AFTER_CAR_T = [
    ("tap", "A parent or guardian"), ("type", "Russia"), ("type", "Olga"), ("tap", "Only here in Telegram"),
    ("type", "12"), ("tap", "Skip"), ("tap", "B-cell acute lymphoblastic leukaemia (B-ALL)"),
    ("tap", "2023"), ("tap", "June"), ("tap", "Ph-negative (not found)"),
    ("tap", "None that I know of"), ("tap", "Done ✓"),
    ("tap", "It came back twice or more"), ("type", "10/2026"), ("tap", "No, none found (CNS1)"),
    ("tap", "No"), ("tap", "Done ✓"), ("tap", "Skip"), ("tap", "Skip"),
    ("tap", "Negative (absent)"), ("tap", "Positive (present)"), ("type", "11/2026"), ("tap", "Bone marrow"),
    ("tap", "I will send it later"), ("tap", "Skip"), ("tap", "Skip"), ("tap", "Skip"),
    ("type", "3"), ("tap", "Skip"), ("tap", "Yes"), ("type", "02/2025"), ("tap", "No"),
    # Earlier CAR-T: one block, CD19-directed, CD19 lost at relapse.
    ("tap", "Yes"), ("tap", "CD19"), ("type", "Kymriah"), ("type", "05/2025"),
    ("tap", "Remission, MRD negative"), ("tap", "Yes"), ("type", "10/2026"),
    ("tap", "Negative (absent)"), ("tap", "Positive (present)"), ("tap", "No"), ("tap", "Grade 1 or 2"),
    ("tap", "No"),
    ("tap", "No"),
    ("tap", "Up and about, but tires easily"), ("tap", "No"), ("tap", "In hospital, on a ward"),
    ("type", "Dr. Ivanova, Moscow"), ("tap", "Yes"), ("tap", "I will send it later"), ("tap", "Skip"),
]  # fmt: skip

DONT_KNOW_EVERYWHERE = [
    ("tap", "Someone else"), ("type", "Egypt"), ("type", "Omar"), ("tap", "Skip"),
    ("type", "30"), ("tap", "I don't know"), ("tap", "I don't know"), ("tap", "I don't know"),
    ("tap", "I don't know"), ("tap", "Skip"),
    ("tap", "I don't know"), ("tap", "I don't know"), ("tap", "I don't know"), ("tap", "Done ✓"),
    ("tap", "I don't know"), ("tap", "I don't know"),
    ("tap", "I don't know"), ("tap", "I don't know"), ("tap", "I don't know"), ("tap", "I don't know"),
    ("tap", "I will send it later"), ("tap", "Skip"), ("tap", "Skip"), ("tap", "Skip"),
    ("tap", "I don't know"), ("tap", "Skip"), ("tap", "I don't know"), ("tap", "I don't know"),
    ("tap", "I don't know"),
    ("tap", "No"),
    ("tap", "In bed about half of the day"), ("tap", "I don't know"), ("tap", "At home"),
    ("tap", "Skip"), ("tap", "I will send it later"), ("tap", "Skip"),
]  # fmt: skip


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        emu.add_supergroup(GROUP, title="Coordinators", is_forum=True, member_ids=(5001,))
        yield emu


def _texts(messages) -> str:
    return "\n".join(m.text or "" for m in messages)


async def test_cd19_negative_relapse_after_cd19_car_t(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family = Family(emulator, runner, 2001)
        await family.do(START_TO_CONSENT)
        await family.do(CD19_NEGATIVE_RELAPSE_AFTER_CAR_T)
        review = family.messages()[-1].text or ""
        assert "CAR-T #1: Target: CD19" in review
        assert "CAR-T #1: CD19 when it came back: Negative (absent)" in review
        await family.tap("Send to the coordinators ✓")
        await emulator.wait_for(
            lambda e: any("Case #1" in (m.text or "") for m in e.messages_to(GROUP)), timeout=15
        )
        card = _texts(emulator.messages_to(GROUP))
        assert "1. CD19-negative relapse after CD19 CAR-T" in card
        assert "Triage" not in _texts(family.messages())
        assert "CD19-negative relapse" not in _texts(family.messages())
    assert emulator.rejected_calls() == []


async def test_dont_know_everywhere_becomes_a_checklist_for_the_doctor(emulator, runtime):
    async with running_bot(emulator, runtime) as runner:
        family = Family(emulator, runner, 2002)
        await family.do(START_TO_CONSENT)
        await family.do(DONT_KNOW_EVERYWHERE)
        review = family.messages()[-1].text or ""
        assert "CD22: Don't know" in review
        replies = await family.tap("Send to the coordinators ✓")
        after = _texts(replies)
        assert "What to ask your doctor for" in after
        assert "Dear doctor" in after
        assert "flow cytometry report of a bone-marrow sample" in after
        todo = _texts(await family.command("todo"))
        assert "⬜" in todo
    assert emulator.rejected_calls() == []


async def test_edit_from_review_returns_to_review(emulator, runtime):
    async with running_bot(emulator, runtime) as runner:
        family = Family(emulator, runner, 2003)
        await family.do(START_TO_CONSENT)
        await family.do(INTAKE_NO_PRIOR_CART)
        assert "Age (years): 7" in (family.messages()[-1].text or "")
        await family.tap("✎ Edit: The patient")
        await family.tap("Age (years)")
        await family.type("8")
        review = family.messages()[-1].text or ""
        assert "Please check your answers" in review
        assert "Age (years): 8" in review
        assert "Diagnosis: B-cell acute lymphoblastic leukaemia (B-ALL)" in review
    assert emulator.rejected_calls() == []
