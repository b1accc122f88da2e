"""The conversation service (flows.service) with the real flow, on every
store: the reply is committed before it is returned, survives a crash, and
a submitted intake reaches the coordinators' outbox."""

from __future__ import annotations

from flows.effects import Ask, Say, Submit
from flows.events import ChatRef, Event
from flows.service import COORDINATORS, FAMILY, ConversationService
from flows.state import Answer
from flows.submission import NEXT_STEPS
from tests.conftest import CHAT, FLOW_PDF, NOW, ServiceChat
from tests.storage.conftest import Db, Rows

RECEIPT = "<b>Your consent receipt</b>\n{lines}"


async def stored_answers(db: Db, chat: ChatRef) -> dict[str, Answer]:
    async with db.open().transaction() as repo:
        return await repo.answers(chat)  # type: ignore[attr-defined,no-any-return]


async def test_the_reply_is_committed_before_it_is_returned(db: Db, flow) -> None:
    service = ConversationService(db.open(), flow)
    reply = await service.handle(Event(CHAT, "choice", NOW, code="en", version=0, update_id=1))
    assert reply is not None and reply.target == FAMILY and reply.chat == CHAT
    ask = reply.effects[-1]
    assert isinstance(ask, Ask) and ask.key == "about"
    # Another process on the same database already sees the reply and the state.
    other = ConversationService(db.open(), flow)
    assert await other.undelivered(chat=CHAT) == [reply]
    state = await other.state_of(CHAT)
    assert state is not None
    assert (state.position, state.version, state.locale) == ("about", ask.version, "en")
    assert await stored_answers(db, CHAT) == {"language": Answer("en")}


async def test_undelivered_replies_are_found_after_a_crash(db: Db, flow) -> None:
    before_crash = ConversationService(db.open(), flow)
    chat = ServiceChat(before_crash)
    await chat.fill("contact_role")
    for sent in await before_crash.undelivered(chat=CHAT):
        await before_crash.delivered(sent)
    lost = await chat.do("patient")  # committed, then the process dies before sending it
    assert lost is not None
    after_restart = ConversationService(db.open(), flow)
    found = await after_restart.undelivered(chat=CHAT)
    assert found == [lost]
    assert isinstance(found[0].effects[-1], Ask)
    assert found[0].effects[-1].key == "country_residence"
    await after_restart.delivered(found[0])
    assert await after_restart.undelivered(chat=CHAT) == []
    assert await after_restart.undelivered() == []


async def test_every_reply_is_in_the_outbox_until_delivered(db: Db, flow) -> None:
    service = ConversationService(db.open(), flow)
    chat = ServiceChat(service)
    await chat.start()
    replies = [chat.reply]
    for action in ["en", "_continue", "_continue"]:
        replies.append(await chat.do(action))
    assert [r.id for r in await service.undelivered(chat=CHAT)] == [r.id for r in replies if r]
    for reply in replies[:2]:
        assert reply is not None
        await service.delivered(reply)
    assert [r.id for r in await service.undelivered()] == [r.id for r in replies[2:] if r]


async def test_answers_are_mirrored_as_the_family_goes(db: Db, flow) -> None:
    service = ConversationService(db.open(), flow)
    chat = ServiceChat(service)
    await chat.fill("contact_value", {"preferred_contact": ["phone"]})
    state = await service.state_of(CHAT)
    assert state is not None
    assert await stored_answers(db, CHAT) == dict(state.answers)
    await chat.do(("command", "restart"))
    assert chat.ask is not None and chat.ask.key == "_confirm_restart"
    await chat.do("_confirm_yes")
    assert await stored_answers(db, CHAT) == {"language": Answer("en")}


async def test_submit_creates_the_case_and_tells_everyone(db: Db, flow) -> None:
    store = db.open()
    service = ConversationService(store, flow)
    chat = ServiceChat(service)
    await chat.fill("review", {"prior_car_t": ["yes"]})
    reply = await chat.do("submit")
    assert reply is not None
    state = await service.state_of(CHAT)
    assert state is not None and state.mode == "done" and state.case_id is not None
    case_id = state.case_id

    # The family: "what happens next" with the case number, and the consent receipt.
    assert not any(isinstance(e, Submit | Ask) for e in reply.effects)
    says = [m for e in reply.effects if isinstance(e, Say) for m in e.text]
    assert says[0].key == NEXT_STEPS and says[0].param_map() == {"case": case_id}
    receipt = next(m for m in says if m.key == RECEIPT)
    lines = receipt.param_map()["lines"]
    assert len(lines.items) == 2  # keep my answers; share with hospitals
    assert {line.param_map()["version"] for line in lines.items} == {"2026-11-27.1"}

    # The case, stored with its snapshot.
    async with store.transaction() as repo:
        case = await repo.get_case(case_id)
    assert case is not None and case.chat == CHAT and case.status == "new"
    answers = case.snapshot["answers"]
    assert answers["contact_name"] == "Dilnoza"
    assert answers["flow_report"] == [FLOW_PDF.to_json()]
    assert answers["car_t"][0]["product"] == "Kymriah"

    # The coordinators: one outbox row with the Submit and the same answers.
    coordinators = await service.undelivered(COORDINATORS)
    assert len(coordinators) == 1
    submit = coordinators[0].effects[0]
    assert isinstance(submit, Submit)
    assert submit.snapshot["case_id"] == case_id
    assert submit.snapshot["answers"] == answers
    assert submit.snapshot["consents"]["consent_store"]["agreed"] is True

    rows = Rows(store)
    assert [c.kind for c in await rows.consents(CHAT)] == [
        "consent_store",
        "consent_share_hospitals",
    ]
    assert [d.file_id for d in await rows.documents(CHAT)] == [FLOW_PDF.file_id]
    assert ("submit", str(case_id)) in await rows.audit(CHAT)
    assert await stored_answers(db, CHAT) == dict(state.answers)

    # Later messages are answered with the case number, and nothing is sent twice.
    later = await chat.do(("text", "Any news?"))
    assert later is not None
    texts = [m for e in later.effects if isinstance(e, Say) for m in e.text]
    assert any(m.param_map().get("case") == case_id for m in texts)
    assert len(await service.undelivered(COORDINATORS)) == 1
