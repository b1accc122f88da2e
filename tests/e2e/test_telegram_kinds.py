"""Everything that is not a new text: stickers, voice, locations, edits, groups, channels,
membership changes, unknown update kinds, and files (accepted and refused)."""

from __future__ import annotations

import pytest

from flows.engine import EDITED, UNSUPPORTED
from flows.state import Answer
from tests.e2e.harness import (
    RUNTIMES,
    START_TO_CONSENT,
    TO_FLOW_REPORT,
    QuickFamily,
    act,
    joined,
    png_bytes,
    push_unfiltered,
    quick_bot,
    state_of,
    stored_export,
)
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 7001
GROUP = -1001234500001
CHANNEL = -1001234500002
NAME_QUESTION = "What is your name?"
REPORT_QUESTION = "Please send the flow cytometry report"
AFTER_REPORT = "If the report gives a percentage of blasts"
NOT_ACCEPTED = ("I can only accept PDF", "JPEG or PNG photos, and DOCX files")


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


async def test_stickers_voice_and_locations_get_a_translated_answer(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do(
            [*START_TO_CONSENT, ("tap", "A parent or guardian"), ("type", "Uzbekistan")]
        )
        before = await state_of(runner, USER)
        assert before is not None and before.locale is not None
        expected = runner.app.translator.gettext(before.locale, UNSUPPORTED)

        for send in (
            lambda: emulator.user_sends_sticker(USER),
            lambda: emulator.user_sends_voice(USER),
            lambda: emulator.user_sends_location(USER, 41.31, 69.28),
        ):
            replies = await act(family, send)
            assert expected in (replies[0].text or "")
            assert NAME_QUESTION in (replies[-1].text or "")
            assert await state_of(runner, USER) == before

        # In another language, the same answer in that language.
        other = QuickFamily(emulator, runner, USER + 1, language_code="ru")
        await other.command("start")
        await other.tap("Русский")
        locale = (await state_of(runner, USER + 1)).locale  # type: ignore[union-attr]
        assert locale == "ru"
        replies = await act(other, lambda: emulator.user_sends_sticker(USER + 1))
        assert runner.app.translator.gettext("ru", UNSUPPORTED) in (replies[0].text or "")
    assert emulator.rejected_calls() == []


async def test_edits_are_explained_and_other_updates_ignored(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do([*START_TO_CONSENT, ("tap", "A parent or guardian")])
        typed = emulator.user_sends_text(USER, "Uzbekistan")
        await family.settle()
        before = await state_of(runner, USER)
        assert before is not None and before.answers["country_residence"] == Answer("UZ")
        assert before.locale is not None

        # Editing an earlier message changes no answer; the family is told to
        # answer again instead, with the current question.
        replies = await act(
            family,
            lambda: emulator.user_edits_message(USER, typed["message"]["message_id"], "Egypt"),
        )
        assert runner.app.translator.gettext(before.locale, EDITED) in (replies[0].text or "")
        assert NAME_QUESTION in (replies[-1].text or "")
        assert (await state_of(runner, USER)) == before

        messages = len(family.messages())
        leaver = QuickFamily(emulator, runner, USER + 9)
        await leaver.command("start")
        emulator.add_supergroup(GROUP, title="Parents", is_forum=False, member_ids=(USER,))

        ignored_post = emulator.channel_post(CHANNEL, "More news")
        ignored = [
            # The family writes in a group the bot is in.
            emulator.member_sends_in_group(GROUP, USER, "Hello bot, who are you?"),
            # A post in a channel the bot administers (outside allowed_updates).
            emulator.channel_post(CHANNEL, "News of the week"),
            push_unfiltered(emulator, {"channel_post": {**ignored_post["channel_post"]}}),
            # Another family blocks the bot (a my_chat_member update; only
            # the coordinators' desk, not configured here, would note it).
            emulator.user_blocks_bot(USER + 9),
            # Kinds the bot never asked for, one even unknown to both libraries.
            emulator.push_raw_update(
                {"message_reaction": {"chat": {"id": USER, "type": "private"}}}
            ),
            push_unfiltered(emulator, {"future_update_kind": {"id": 1, "note": "from Bot API 99"}}),
        ]
        await family.settle()
        for update in ignored:
            # Handing the same updates to the runner directly: nothing to do.
            assert runner.dispatch(update) is None
        assert len(family.messages()) == messages
        assert emulator.messages_to(GROUP) == []
        assert await state_of(runner, USER) == before
        assert emulator.pending_update_count == 0

        # The conversation goes on.
        replies = await family.type("Aziza")
        assert "Apart from this chat, how else can we reach you?" in (replies[-1].text or "")
    assert emulator.rejected_calls() == []


async def test_files_at_the_report_question(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do([*START_TO_CONSENT, *TO_FLOW_REPORT])
        assert REPORT_QUESTION in (family.messages()[-1].text or "")

        # A zip is refused, and the question is asked again.
        replies = await family.send_document("reports.zip", "application/zip", b"PK\x03\x04 zip")
        assert all(part in joined(replies) for part in NOT_ACCEPTED)
        assert REPORT_QUESTION in (replies[-1].text or "")
        state = await state_of(runner, USER)
        assert state is not None and "flow_report" not in state.answers

        # A photo (the largest size Telegram offers is kept) is accepted.
        sent: list[dict] = []
        photo = await act(
            family, lambda: sent.append(emulator.user_sends_photo(USER, png_bytes(600, 400)))
        )
        assert AFTER_REPORT in (photo[-1].text or "")
        sizes = sent[0]["message"]["photo"]
        assert len(sizes) >= 2  # a thumbnail and the full size
        largest = max(sizes, key=lambda size: size["width"])
        state = await state_of(runner, USER)
        assert state is not None
        (kept,) = state.answers["flow_report"].value  # type: ignore[misc]
        assert (kept["file_id"], kept["mime"]) == (largest["file_id"], "image/jpeg")

        # Back to the question: a PDF replaces the photo.
        await family.tap("« Back")
        assert REPORT_QUESTION in (family.messages()[-1].text or "")
        replies = await family.send_document("flow-report.pdf", "application/pdf", b"%PDF-1.4 x")
        assert AFTER_REPORT in (replies[-1].text or "")
        state = await state_of(runner, USER)
        assert state is not None
        (kept,) = state.answers["flow_report"].value  # type: ignore[misc]
        assert (kept["name"], kept["mime"]) == ("flow-report.pdf", "application/pdf")
        documents = (await stored_export(runner, USER))["documents"]
        assert [d["type"] for d in documents] == ["image/jpeg", "application/pdf"]
    assert emulator.rejected_calls() == []
