"""End to end: a submitted case reaches the coordinators' group; they act on
it and talk with the family through the bot (both runtimes)."""

from __future__ import annotations

import pytest

from tests.e2e.harness import INTAKE_NO_PRIOR_CART, RUNTIMES, START_TO_CONSENT, Family, running_bot
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

GROUP = -1001234567890
ANNA, BORIS, OUTSIDER = 5001, 5002, 6666


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        emu.add_supergroup(GROUP, title="Coordinators", is_forum=True, member_ids=(ANNA, BORIS))
        yield emu


async def submit_case(family: Family) -> None:
    await family.do(START_TO_CONSENT)
    await family.do(INTAKE_NO_PRIOR_CART)
    await family.tap("Send to the coordinators ✓")


def card_of(emulator: BotApiEmulator):
    cards = [m for m in emulator.messages_to(GROUP) if (m.text or "").startswith("Case #1")]
    assert len(cards) == 1, [m.text for m in emulator.messages_to(GROUP)]
    return cards[0]


async def test_case_reaches_the_group_and_coordinators_talk_with_the_family(emulator, runtime):
    allow = f"{ANNA},{BORIS}"
    async with running_bot(
        emulator, runtime, coordinator_chat_id=GROUP, coordinator_ids=allow
    ) as runner:
        family = Family(emulator, runner, 1001)
        await submit_case(family)
        await emulator.wait_for(lambda e: len(e.calls_to("sendDocument")) >= 1, timeout=10)
        topics = [c for c in emulator.calls_to("createForumTopic") if c.ok]
        assert [c.params["name"] for c in topics] == ["#1 · EN · UZ · CD19+ / CD22+"]
        card = card_of(emulator)
        thread = card.thread_id
        assert thread is not None
        assert "Triage (for coordinators only)" in (card.text or "")
        group_text = "\n".join(m.text or "" for m in emulator.messages_to(GROUP, thread))
        assert "not medical advice" in group_text
        assert "He likes drawing &lt;3" not in group_text and "He likes drawing <3" in group_text
        docs = [c for c in emulator.calls_to("sendDocument") if c.params.get("chat_id") == GROUP]
        assert len(docs) == 1

        # Someone not on the coordinators' list cannot claim; a coordinator can, once.
        claim = card.callback_data("Claim")
        emulator.add_member(GROUP, OUTSIDER)
        emulator.member_presses_in_group(GROUP, OUTSIDER, card.message_id, claim)
        await family.settle()
        assert "Claimed by" not in (card_of(emulator).text or "")
        emulator.member_presses_in_group(GROUP, ANNA, card.message_id, claim)
        emulator.member_presses_in_group(GROUP, BORIS, card.message_id, claim)
        await family.settle()
        assert "Claimed by Member5001" in (card_of(emulator).text or "")
        claimed = [
            m for m in family.messages() if "started working on your case #1" in (m.text or "")
        ]
        assert len(claimed) == 1

        # Coordinator -> family; internal notes stay in the group.
        before = len(family.messages())
        emulator.member_sends_in_group(
            GROUP, ANNA, "// internal: check CD22 date", thread_id=thread
        )
        emulator.member_sends_in_group(
            GROUP, ANNA, "Hello, could you send the <latest> marrow report?", thread_id=thread
        )
        await emulator.wait_for(lambda e: len(e.messages_to(1001)) > before, timeout=10)
        await family.settle()
        new = [m.text or "" for m in family.messages()[before:]]
        assert any("Your coordinator" in t and "<latest> marrow report" in t for t in new)
        assert not any("internal" in t for t in new)

        # Family -> coordinator thread.
        before_group = len(emulator.messages_to(GROUP, thread))
        await family.type("Yes, I will send it tomorrow")
        await emulator.wait_for(
            lambda e: len(e.messages_to(GROUP, thread)) > before_group, timeout=10
        )
        relayed = [m.text for m in emulator.messages_to(GROUP, thread)[before_group:]]
        assert "Yes, I will send it tomorrow" in relayed
    assert emulator.rejected_calls() == []


async def test_coordinator_chat_failures_deliver_each_card_once(emulator, runtime):
    emulator.fail_next("createForumTopic", status=429, retry_after=1)
    emulator.fail_next("sendMessage", status=500, count=2, chat_id=GROUP)
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family = Family(emulator, runner, 1002)
        await submit_case(family)
        await emulator.wait_for(lambda e: len(e.calls_to("sendDocument")) >= 1, timeout=20)
        card_of(emulator)
        assert len([c for c in emulator.calls_to("createForumTopic") if c.ok]) == 1
    assert emulator.rejected_calls() == []


async def test_signed_webhook_receives_each_case(emulator, runtime):
    import hashlib
    import hmac
    import json

    from aiohttp import web

    received: list[tuple[bytes, str]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((await request.read(), request.headers.get("X-Intakebot-Signature", "")))
        return web.Response(status=200 if len(received) > 1 else 503)  # first try fails: retried

    app = web.Application()
    app.router.add_post("/hook", hook)
    server = web.AppRunner(app)
    await server.setup()
    site = web.TCPSite(server, "127.0.0.1", 0)
    await site.start()
    port = server.addresses[0][1]
    try:
        async with running_bot(
            emulator,
            runtime,
            coordinator_chat_id=GROUP,
            handoff_webhook_url=f"http://127.0.0.1:{port}/hook",
            handoff_webhook_secret="s3cret",
        ) as runner:
            await submit_case(Family(emulator, runner, 1003))
            await emulator.wait_for(lambda e: len(received) >= 2, timeout=20)
            await Family(emulator, runner, 1003).settle()
    finally:
        await server.cleanup()
    assert len(received) == 2
    body, signature = received[-1]
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature, expected)
    document = json.loads(body)
    assert document["case"] == 1
    assert document["answers"]["cd19_status"] == "positive"
    assert "card" not in document
    assert emulator.rejected_calls() == []


async def _claimed_case(emulator: BotApiEmulator, runner, user_id: int) -> tuple[Family, int]:
    family = Family(emulator, runner, user_id)
    await submit_case(family)
    await emulator.wait_for(lambda e: len(e.calls_to("sendDocument")) >= 1, timeout=10)
    card = card_of(emulator)
    emulator.member_presses_in_group(GROUP, ANNA, card.message_id, card.callback_data("Claim"))
    await family.settle()
    assert card.thread_id is not None
    return family, card.thread_id


async def test_need_info_close_and_reopen(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family, thread = await _claimed_case(emulator, runner, 1004)
        card = card_of(emulator)
        emulator.member_presses_in_group(
            GROUP, ANNA, card.message_id, card.callback_data("Need info")
        )
        await family.settle()
        assert "Waiting for information" in (card_of(emulator).text or "")
        before = len(family.messages())
        emulator.member_sends_in_group(
            GROUP, ANNA, "When was the last marrow test?", thread_id=thread
        )
        await emulator.wait_for(lambda e: len(e.messages_to(1004)) >= before + 2, timeout=10)
        new = [m.text or "" for m in family.messages()[before:]]
        assert any("needs a little more information" in t for t in new)
        assert any("When was the last marrow test?" in t for t in new)

        card = card_of(emulator)
        emulator.member_presses_in_group(GROUP, ANNA, card.message_id, card.callback_data("Close"))
        await family.settle()
        assert "Closed" in (card_of(emulator).text or "")
        assert any("has been closed" in (m.text or "") for m in family.messages())
        # Writing again reopens the case for the coordinators.
        await family.type("We have new results")
        await emulator.wait_for(lambda e: "Reopened" in (card_of(e).text or ""), timeout=10)
        assert "We have new results" in [m.text for m in emulator.messages_to(GROUP, thread)]
    assert emulator.rejected_calls() == []


async def test_documents_after_submit_reach_the_thread_and_tick_the_checklist(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family, thread = await _claimed_case(emulator, runner, 1005)
        before = len(emulator.messages_to(GROUP, thread))
        replies = await family.send_document(
            "discharge.pdf", "application/pdf", b"%PDF-1.4 discharge"
        )
        await emulator.wait_for(lambda e: len(e.messages_to(GROUP, thread)) > before, timeout=10)
        copies = [
            c for c in emulator.calls_to("copyMessage") if c.ok and c.params.get("chat_id") == GROUP
        ]
        assert len(copies) == 1
        # The intake had "I will send it later" for other documents only, so
        # the family is thanked (no open report to tick in this path).
        assert any(
            "Sent to your coordinator" in (m.text or "") or "Which of these" in (m.text or "")
            for m in replies
        )
    assert emulator.rejected_calls() == []


async def test_deleted_topic_is_made_again_with_the_card(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family, thread = await _claimed_case(emulator, runner, 1006)
        emulator.delete_topic(GROUP, thread)
        await family.type("Are you there?")
        await emulator.wait_for(
            lambda e: len([c for c in e.calls_to("createForumTopic") if c.ok]) == 2, timeout=10
        )
        await emulator.wait_for(
            lambda e: any(
                m.text == "Are you there?" for m in e.messages_to(GROUP) if m.thread_id != thread
            ),
            timeout=10,
        )
        new_cards = [
            m
            for m in emulator.messages_to(GROUP)
            if (m.text or "").startswith("Case #1") and m.thread_id != thread
        ]
        assert len(new_cards) == 1
    # The one refused call is the send into the deleted topic, which is what triggers the repair.
    assert [c.error for c in emulator.rejected_calls()] in (
        [],
        ["Bad Request: message thread not found"],
    )


async def test_group_without_topics_uses_reply_threads(runtime):
    async with BotApiEmulator() as emulator:
        emulator.add_supergroup(GROUP, title="Coordinators", is_forum=False, member_ids=(ANNA,))
        async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
            family = Family(emulator, runner, 1007)
            await submit_case(family)
            await emulator.wait_for(
                lambda e: any((m.text or "").startswith("Case #1") for m in e.messages_to(GROUP)),
                timeout=10,
            )
            card = next(
                m for m in emulator.messages_to(GROUP) if (m.text or "").startswith("Case #1")
            )
            before = len(family.messages())
            emulator.member_sends_in_group(
                GROUP, ANNA, "Hello from the coordinator", reply_to=card.message_id
            )
            await emulator.wait_for(lambda e: len(e.messages_to(1007)) > before, timeout=10)
            assert any(
                "Hello from the coordinator" in (m.text or "") for m in family.messages()[before:]
            )
        refused = [c.error for c in emulator.rejected_calls()]
        assert refused == ["Bad Request: the chat is not a forum"]


async def test_coordinator_commands(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        await _claimed_case(emulator, runner, 1008)
        family = Family(emulator, runner, 1008)
        for command in ("/cases", "/find Aziza", "/find nobody-has-this"):
            before = len(emulator.messages_to(GROUP))
            emulator.member_sends_in_group(GROUP, ANNA, command)
            await emulator.wait_for(lambda e, n=before: len(e.messages_to(GROUP)) > n, timeout=10)
        texts = [m.text or "" for m in emulator.messages_to(GROUP)][-3:]
        assert texts[0].startswith("#1 · 👤 Claimed by")
        assert texts[1].startswith("#1 ·")
        assert texts[2] == "No cases found."
        cards_before = len(
            [m for m in emulator.messages_to(GROUP) if (m.text or "").startswith("Case #1")]
        )
        emulator.member_sends_in_group(GROUP, ANNA, "/case 1")
        await emulator.wait_for(
            lambda e: (
                len([m for m in e.messages_to(GROUP) if (m.text or "").startswith("Case #1")])
                > cards_before
            ),
            timeout=10,
        )
        await family.settle()
    assert emulator.rejected_calls() == []


async def test_red_flag_alerts_reach_the_group(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family = Family(emulator, runner, 1009)
        await family.do(START_TO_CONSENT)
        replies = await family.type("he has fever 39.2 and shivering")
        assert replies[0].text is not None and replies[0].text.startswith("⚠️")
        await emulator.wait_for(
            lambda e: any("URGENT" in (m.text or "") for m in e.messages_to(GROUP)), timeout=10
        )
        alert = next(m for m in emulator.messages_to(GROUP) if "URGENT" in (m.text or ""))
        assert alert.thread_id in (None, 1)  # the general topic: no case yet
        assert "he has fever 39.2 and shivering" in (alert.text or "")
    assert emulator.rejected_calls() == []


async def test_a_report_sent_later_ticks_the_checklist_for_everyone(emulator, runtime):
    from tests.e2e.test_telegram_branches import DONT_KNOW_EVERYWHERE

    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family = Family(emulator, runner, 1010)
        await family.do(START_TO_CONSENT)
        await family.do(DONT_KNOW_EVERYWHERE)
        await family.tap("Send to the coordinators ✓")
        await emulator.wait_for(
            lambda e: any((m.text or "").startswith("Case #1") for m in e.messages_to(GROUP)),
            timeout=15,
        )
        replies = await family.send_document(
            "flow-2026-11.pdf", "application/pdf", b"%PDF-1.4 flow"
        )
        assert any("Which of these is it?" in (m.text or "") for m in replies)
        request = "the latest flow cytometry report of a bone-marrow sample, showing CD19 and CD22, with the date the sample was taken"
        await family.tap(request)
        await emulator.wait_for(
            lambda e: "Received since submit" in (card_of(e).text or ""), timeout=10
        )
        thread_texts = [
            m.text or "" for m in emulator.messages_to(GROUP, card_of(emulator).thread_id)
        ]
        assert any(
            t.startswith("✅ The family sent a report") and "flow-2026-11.pdf" in t
            for t in thread_texts
        )
        todo = "\n".join(m.text or "" for m in await family.command("todo"))
        assert f"✅ {request}" in todo
    assert emulator.rejected_calls() == []


async def test_edits_and_blocking_are_told_to_the_coordinators(emulator, runtime):
    async with running_bot(emulator, runtime, coordinator_chat_id=GROUP) as runner:
        family, thread = await _claimed_case(emulator, runner, 1011)
        sent = emulator.user_sends_text(1011, "The test was on Monday")
        await family.settle()
        emulator.user_edits_message(1011, sent["message"]["message_id"], "The test was on Tuesday")
        await emulator.wait_for(
            lambda e: any(
                "edited a message" in (m.text or "") for m in e.messages_to(GROUP, thread)
            ),
            timeout=10,
        )
        edited = next(
            m.text
            for m in emulator.messages_to(GROUP, thread)
            if "edited a message" in (m.text or "")
        )
        assert "The test was on Tuesday" in (edited or "")
        emulator.user_blocks_bot(1011)
        await emulator.wait_for(
            lambda e: any(
                "blocked the bot" in (m.text or "") for m in e.messages_to(GROUP, thread)
            ),
            timeout=10,
        )
    assert emulator.rejected_calls() == []
