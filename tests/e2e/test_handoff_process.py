"""The real `intakebot run` killed with SIGKILL after a case was submitted but
before the coordinators got it: after a restart the case arrives, once."""

from __future__ import annotations

import pytest

from tests.e2e.harness import (
    INTAKE_NO_PRIOR_CART,
    RUNTIMES,
    START_TO_CONSENT,
    Family,
    running_bot,
    until,
)
from tests.e2e.processes import Remote, bot_process, url_of
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

GROUP = -1005550001111
CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
USER = 13001


def cards(emulator: BotApiEmulator) -> list[str]:
    return [
        m.text or "" for m in emulator.messages_to(GROUP) if (m.text or "").startswith("Case #1")
    ]


async def test_case_committed_before_sigkill_is_delivered_once_after_restart(runtime, tmp_path):
    database = tmp_path / "bot.db"
    async with BotApiEmulator() as emulator:
        # Up to the review in-process (quick); the submit goes through the real process.
        async with running_bot(emulator, runtime, database_url=url_of(database)) as runner:
            family = Family(emulator, runner, USER)
            await family.do(START_TO_CONSENT)
            await family.do(INTAKE_NO_PRIOR_CART)

        # The coordinators' group does not exist yet ("chat not found"): the
        # case is committed, but cannot be delivered before the crash.
        async with bot_process(
            emulator, runtime, database, COORDINATOR_CHAT_ID=str(GROUP)
        ) as process:
            replies = await Remote(emulator, USER).tap("Send to the coordinators ✓")
            assert any("Your case #1 has been sent" in (m.text or "") for m in replies)
            await until(
                lambda: len(emulator.calls_to("createForumTopic")) >= 2, emulator, seconds=30
            )
            process.kill()
            await process.wait()
        assert cards(emulator) == []
        assert {c.error for c in emulator.calls_to("createForumTopic")} == {
            "Bad Request: chat not found"
        }

        emulator.add_supergroup(GROUP, title="Coordinators", is_forum=True, member_ids=(5001,))
        async with bot_process(emulator, runtime, database, COORDINATOR_CHAT_ID=str(GROUP)):
            # At worst the killed process held the row's lease (30 s) when it died.
            await until(lambda: len(emulator.calls_to("sendDocument")) >= 1, emulator, seconds=75)
            await until(lambda: len(cards(emulator)) >= 1, emulator, seconds=30)
        assert len(cards(emulator)) == 1
        assert len([c for c in emulator.calls_to("createForumTopic") if c.ok]) == 1
        documents = [
            c
            for c in emulator.calls_to("sendDocument")
            if c.ok and c.params.get("chat_id") == GROUP
        ]
        assert len(documents) == 1
        refused = {c.error for c in emulator.rejected_calls()}
        # The first process was killed in the middle of a long poll: Telegram
        # answers the next poll with a conflict once; nothing else is refused.
        assert refused <= {"Bad Request: chat not found", CONFLICT}, refused
