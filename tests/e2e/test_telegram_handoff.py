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
