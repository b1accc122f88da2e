"""/mydata sends the family everything we keep as JSON; /delete erases it after a yes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.e2e.harness import (
    INTAKE_NO_PRIOR_CART,
    RUNTIMES,
    START_TO_CONSENT,
    QuickFamily,
    joined,
    quick_bot,
    state_of,
    stored_answers,
    stored_export,
)
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 5001
NAME = "Aziza <b>&amp; co</b>"
REVIEW = "Please check your answers"


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


async def my_data(family: QuickFamily, emulator: BotApiEmulator) -> dict[str, Any]:
    """Send /mydata; the JSON document the bot uploads in answer."""
    documents = len(emulator.calls_to("sendDocument"))
    replies = await family.command("mydata")
    assert replies[0].kind == "document"
    assert "Everything we keep about you, as a JSON file." in (replies[0].text or "")
    calls = emulator.calls_to("sendDocument")[documents:]
    assert len(calls) == 1 and calls[0].ok
    # aiogram attaches the file under its own part name; PTB as "document".
    (upload,) = calls[0].uploads.values()
    assert upload.file_name == "my-data.json"
    return json.loads(upload.content.decode("utf-8"))


async def test_mydata_and_delete(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do(START_TO_CONSENT)
        await family.do(INTAKE_NO_PRIOR_CART)
        assert REVIEW in (family.messages()[-1].text or "")
        reviewed = await state_of(runner, USER)

        # /mydata: a JSON file with the answers exactly as given, then the review again.
        data = await my_data(family, emulator)
        answers = data["answers"]
        assert answers["contact_name"] == {"value": NAME, "status": "answered"}
        assert answers["country_residence"]["value"] == "UZ"
        assert answers["diagnosis"]["value"] == "b_all"
        assert answers["weight_kg"]["status"] == "skipped"
        assert answers["free_text_notes"]["value"] == "He likes drawing <3"
        assert {c["kind"] for c in data["consents"]} == {
            "consent_store",
            "consent_share_hospitals",
        }
        assert [d["name"] for d in data["documents"]] == ["flow-report.pdf"]
        assert REVIEW in (family.messages()[-1].text or "")

        # /delete, then "No, keep it": nothing changes and the review comes back.
        replies = await family.command("delete")
        assert "This cannot be undone" in joined(replies)
        replies = await family.tap("No, keep it")
        assert "Good, nothing was changed." in joined(replies)
        assert REVIEW in (replies[-1].text or "") and NAME in (replies[-1].text or "")
        kept = await state_of(runner, USER)
        assert kept is not None and reviewed is not None
        assert kept.answers == reviewed.answers and kept.position == reviewed.position
        assert (await stored_answers(runner, USER)).keys() == reviewed.answers.keys()

        # /delete, then yes: everything is erased and the bot starts over.
        await family.command("delete")
        replies = await family.tap("Yes, erase my data")
        assert "Your data was erased." in joined(replies)
        assert "Please choose your language." in (replies[-1].text or "")
        assert await stored_answers(runner, USER) == {}
        export = await stored_export(runner, USER)
        assert (export["answers"], export["consents"], export["documents"]) == ({}, [], [])
        fresh = await state_of(runner, USER)
        assert fresh is not None and fresh.position == "language" and not fresh.answers

        data = await my_data(family, emulator)
        assert (data["answers"], data["consents"], data["documents"]) == ({}, [], [])
        replies = await family.command("status")
        assert "You have answered 0 questions" in joined(replies)
        # The review is gone: /start shows the first question, not the review.
        replies = await family.command("start")
        assert REVIEW not in joined(replies)
        assert "Please choose your language." in (replies[-1].text or "")
        await family.do(START_TO_CONSENT[1:4])
        assert "May we keep your answers?" in (family.messages()[-1].text or "")
    assert emulator.rejected_calls() == []
