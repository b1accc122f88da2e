"""The storage port contract (flows.ports), the same tests on every store:
memory, SQLite and PostgreSQL (see conftest.py for isolation and skipping)."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from flows.effects import (
    Alert,
    Ask,
    Button,
    ConsentGiven,
    DocumentReceived,
    Say,
    Submit,
)
from flows.events import ChatRef, Event, FileRef
from flows.ports import Store
from flows.service import COORDINATORS, FAMILY, ConversationService
from flows.state import Answer, State
from flows.text import Lines, msg
from tests.conftest import NOW, Family
from tests.storage.conftest import SQL_BACKENDS, ConsentSeen, Db, DocumentSeen, Rows

ROOT = Path(__file__).resolve().parents[2]
ALICE = ChatRef("telegram", "1001")
BOB = ChatRef("telegram", "1002")
TWO_PROCESSES = pytest.mark.parametrize(
    "backend",
    [pytest.param("memory", id="memory"), *(p for p in SQL_BACKENDS if p.id == "postgresql")],
    indirect=True,
)

RICH_STATE = State(
    position="car_t.1.relapse_date",
    answers={
        "language": Answer("ru"),
        "consent_store": Answer(
            {"agreed": True, "version": "2026-11-27.1", "at": NOW.isoformat(), "locale": "ru"}
        ),
        "contact_name": Answer("Дильноза «Ди» O'Neil 🙂"),
        "patient_age_years": Answer(9),
        "weight_kg": Answer(31.5),
        "genetics_other": Answer(["kmt2a", "tp53"]),
        "diagnosis_date": Answer("2024"),
        "cd19_status": Answer(None, "unknown"),
        "mrd_value": Answer(None, "skipped"),
        "documents": Answer(None, "later"),
        "flow_report": Answer(
            [{"file_id": "AgAD-1", "name": "flow.pdf", "mime": "application/pdf", "size": 123}]
        ),
        "car_t.0.target": Answer("cd19"),
        "car_t.0.+more": Answer("yes"),
    },
    version=57,
    locale="ru",
    history=("language", "about", "car_t.0.+more"),
    mode="flow",
    draft={"year": 2025},
    source="clinic_42",
    case_id=None,
)


async def load(store: Store, chat: ChatRef) -> State | None:
    async with store.transaction() as repo:
        return await repo.load_state(chat)


async def pending(store: Store, target: str = FAMILY, chat: ChatRef | None = None):
    async with store.transaction() as repo:
        return await repo.pending(target, chat)


# -- idempotency ------------------------------------------------------------


async def test_claim_update_once_per_channel(store: Store) -> None:
    async with store.transaction() as repo:
        assert await repo.claim_update(ALICE, 500) is True
    async with store.transaction() as repo:
        assert await repo.claim_update(ALICE, 500) is False
        assert await repo.claim_update(BOB, 500) is False  # same channel, same update
        assert await repo.claim_update(ChatRef("demo", "x"), 500) is True
        assert await repo.claim_update(ALICE, 501) is True


async def test_a_duplicate_update_changes_nothing(store: Store, flow) -> None:
    service = ConversationService(store, flow)
    first = await service.handle(Event(ALICE, "choice", NOW, code="en", version=0, update_id=7))
    assert first is not None
    state = await load(store, ALICE)
    outbox = await pending(store)
    assert state is not None and state.answers["language"] == Answer("en")
    # Telegram delivers the same update again (even if it looked different).
    again = await service.handle(Event(ALICE, "choice", NOW, code="ru", version=0, update_id=7))
    assert again is None
    assert await load(store, ALICE) == state
    assert await pending(store) == outbox
    async with store.transaction() as repo:
        assert await repo.answers(ALICE) == {"language": Answer("en")}  # type: ignore[attr-defined]


# -- round trips ------------------------------------------------------------


async def test_state_round_trip(store: Store) -> None:
    async with store.transaction() as repo:
        assert await repo.load_state(ALICE) is None
        await repo.save_state(ALICE, RICH_STATE)
    assert await load(store, ALICE) == RICH_STATE
    done = replace(RICH_STATE, mode="done", version=58, case_id=3, draft={})
    async with store.transaction() as repo:
        await repo.save_state(ALICE, done)
        await repo.save_state(BOB, State(position="language"))
    assert await load(store, ALICE) == done
    assert await load(store, BOB) == State(position="language")


async def test_answers_are_upserted_and_removed(store: Store) -> None:
    async with store.transaction() as repo:
        await repo.save_state(ALICE, RICH_STATE)
        await repo.save_answers(ALICE, dict(RICH_STATE.answers), [])
    async with store.transaction() as repo:
        assert await repo.answers(ALICE) == RICH_STATE.answers  # type: ignore[attr-defined]
        await repo.save_answers(
            ALICE, {"weight_kg": Answer(None, "unknown"), "tki_lines": Answer(2)}, ["car_t.0.+more"]
        )
    async with store.transaction() as repo:
        stored = await repo.answers(ALICE)  # type: ignore[attr-defined]
        assert await repo.answers(BOB) == {}  # type: ignore[attr-defined]
    assert stored["weight_kg"] == Answer(None, "unknown")
    assert stored["tki_lines"] == Answer(2)
    assert "car_t.0.+more" not in stored
    assert len(stored) == len(RICH_STATE.answers) + 1 - 1


async def test_consents_documents_and_audit(store: Store, rows: Rows) -> None:
    pdf = FileRef("AgAD-77", "Выписка.pdf", "application/pdf", 20 * 1024 * 1024)
    async with store.transaction() as repo:
        await repo.record_consent(
            ALICE, ConsentGiven("consent_store", True, "2026-11-27.1", "ru", NOW.isoformat())
        )
        await repo.record_consent(
            ALICE,
            ConsentGiven("consent_share_hospitals", False, "2026-11-27.1", "ru", NOW.isoformat()),
        )
        await repo.record_document(ALICE, DocumentReceived("flow_report", pdf.to_json()))
        await repo.add_audit(ALICE, "consent", "consent_store")
        await repo.add_audit(ALICE, "document", "flow_report")
        await repo.add_audit(BOB, "event:text", "contact_name")
    assert await rows.consents(ALICE) == [
        ConsentSeen("consent_store", True, "2026-11-27.1", "ru", "2026-11-27T12:00:00"),
        ConsentSeen("consent_share_hospitals", False, "2026-11-27.1", "ru", "2026-11-27T12:00:00"),
    ]
    assert await rows.documents(ALICE) == [
        DocumentSeen("flow_report", "AgAD-77", "Выписка.pdf", "application/pdf", 20 * 1024 * 1024)
    ]
    assert await rows.audit(ALICE) == [("consent", "consent_store"), ("document", "flow_report")]
    assert await rows.audit(BOB) == [("event:text", "contact_name")]
    assert await rows.consents(BOB) == [] and await rows.documents(BOB) == []


async def test_intakes_get_increasing_case_numbers(store: Store) -> None:
    snapshot = {
        "answers": {"cd19_status": "unknown", "weight_kg": 31.5, "car_t": [{"target": "cd19"}]},
        "locale": "ru",
        "submitted_at": NOW.isoformat(),
    }
    async with store.transaction() as repo:
        first = await repo.create_intake(ALICE, snapshot)
    async with store.transaction() as repo:
        second = await repo.create_intake(BOB, {"answers": {}, "locale": None})
    assert second == first + 1
    async with store.transaction() as repo:
        case = await repo.get_case(first)
        assert await repo.get_case(second + 100) is None
    assert case is not None
    assert (case.id, case.chat, case.status) == (first, ALICE, "new")
    assert dict(case.snapshot) == snapshot


async def test_outbox_round_trip_pending_and_delivered(store: Store) -> None:
    review = Ask(
        "review",
        (msg("<b>{title}</b>\n{lines}", title=msg("Patient"), lines=Lines((msg("Age: {v}", v=9),))),),
        ((Button(msg("✎ Edit: {section}", section=msg("Patient")), "edit:patient"),),),
        44,
        "review",
    )  # fmt: skip
    family_effects = (Say((msg("Hello, {name}", name="<Ali>"),)), review)
    coordinator_effects = (Alert("red_flag", ("bleeding",), "кровь"), Submit({"case_id": 1}))
    async with store.transaction() as repo:
        first = await repo.enqueue(ALICE, FAMILY, family_effects, "ru")
        second = await repo.enqueue(ALICE, COORDINATORS, coordinator_effects, None)
        third = await repo.enqueue(BOB, FAMILY, (Say((msg("Hi"),)),), "en")
    assert first < second < third
    family = await pending(store, FAMILY)
    assert [(i.id, i.chat, i.target, i.effects, i.locale) for i in family] == [
        (first, ALICE, FAMILY, family_effects, "ru"),
        (third, BOB, FAMILY, (Say((msg("Hi"),)),), "en"),
    ]
    assert [i.id for i in await pending(store, FAMILY, BOB)] == [third]
    coordinators = await pending(store, COORDINATORS)
    assert [(i.id, i.effects, i.locale) for i in coordinators] == [
        (second, coordinator_effects, None)
    ]
    async with store.transaction() as repo:
        await repo.mark_delivered(first)
    assert [i.id for i in await pending(store, FAMILY)] == [third]
    assert [i.id for i in await pending(store, COORDINATORS)] == [second]


async def test_a_failing_transaction_leaves_nothing_behind(store: Store, rows: Rows) -> None:
    with pytest.raises(RuntimeError, match="crash inside the transaction"):
        async with store.transaction() as repo:
            await repo.lock_chat(ALICE)
            assert await repo.claim_update(ALICE, 9)
            await repo.save_state(ALICE, RICH_STATE)
            await repo.save_answers(ALICE, dict(RICH_STATE.answers), [])
            await repo.record_consent(
                ALICE, ConsentGiven("consent_store", True, "v1", "en", NOW.isoformat())
            )
            await repo.record_document(
                ALICE, DocumentReceived("flow_report", FileRef("f", "a.pdf", "x", 1).to_json())
            )
            await repo.add_audit(ALICE, "submit", "1")
            case = await repo.create_intake(ALICE, {"answers": {}})
            await repo.enqueue(ALICE, FAMILY, (Say((msg("Hi"),)),), "en")
            raise RuntimeError("crash inside the transaction")
    assert await load(store, ALICE) is None
    assert await pending(store) == []
    async with store.transaction() as repo:
        assert await repo.answers(ALICE) == {}  # type: ignore[attr-defined]
        assert await repo.get_case(case) is None
        assert await repo.claim_update(ALICE, 9) is True  # the claim was rolled back too
    assert await rows.consents(ALICE) == []
    assert await rows.documents(ALICE) == []
    assert await rows.audit(ALICE) == []
    assert await rows.outbox() == []


# -- ordering under concurrency ---------------------------------------------


def album(count: int) -> list[FileRef]:
    return [FileRef(f"photo-{i}", f"page-{i}.jpg", "image/jpeg", 1000 + i) for i in range(count)]


async def seed_at_documents(store: Store, flow, chat: ChatRef) -> State:
    """A conversation waiting for documents (answered through the engine)."""
    state = Family(flow).fill("documents").state
    async with store.transaction() as repo:
        await repo.save_state(chat, state)
    return state


async def test_concurrent_events_for_one_chat_are_all_applied_in_order(
    store: Store, flow, rows: Rows
) -> None:
    start = await seed_at_documents(store, flow, ALICE)
    service = ConversationService(store, flow)
    photos = album(12)  # a family sends an album: Telegram delivers 12 updates at once
    replies = await asyncio.gather(
        *(
            service.handle(Event(ALICE, "file", NOW, file=photo, update_id=100 + i))
            for i, photo in enumerate(photos)
        )
    )
    versions = sorted(
        e.version for reply in replies if reply for e in reply.effects if isinstance(e, Ask)
    )
    assert versions == list(range(start.version + 1, start.version + 13))
    state = await load(store, ALICE)
    assert state is not None
    assert state.version == start.version + 12
    assert sorted(f["file_id"] for f in state.draft["files"]) == sorted(p.file_id for p in photos)
    assert len(await rows.documents(ALICE)) == 12
    done = await service.handle(
        Event(ALICE, "choice", NOW, code="_done", version=state.version, update_id=200)
    )
    assert done is not None
    async with store.transaction() as repo:
        answers = await repo.answers(ALICE)  # type: ignore[attr-defined]
    assert len(answers["documents"].value) == 12


async def test_many_chats_at_once(store: Store, flow) -> None:
    service = ConversationService(store, flow)
    chats = [ChatRef("telegram", str(2000 + i)) for i in range(15)]

    async def one_family(chat: ChatRef, base: int) -> None:
        await service.handle(Event(chat, "choice", NOW, code="en", version=0, update_id=base))
        await service.handle(Event(chat, "choice", NOW, code="_continue", version=1, update_id=base + 1))  # fmt: skip
        await service.handle(Event(chat, "command", NOW, code="back", update_id=base + 2))

    await asyncio.gather(*(one_family(chat, 10_000 + 10 * i) for i, chat in enumerate(chats)))
    for chat in chats:
        state = await load(store, chat)
        assert state is not None
        assert (state.position, state.version) == ("about", 3)
        assert set(state.answers) == {"language", "about"}


@TWO_PROCESSES
async def test_two_processes_keep_one_chats_order(db: Db, flow) -> None:
    first, second = db.open(), db.open()
    start = await seed_at_documents(first, flow, ALICE)
    services = [ConversationService(first, flow), ConversationService(second, flow)]
    photos = album(10)
    replies = await asyncio.gather(
        *(
            services[i % 2].handle(Event(ALICE, "file", NOW, file=photo, update_id=300 + i))
            for i, photo in enumerate(photos)
        )
    )
    versions = sorted(
        e.version for reply in replies if reply for e in reply.effects if isinstance(e, Ask)
    )
    assert versions == list(range(start.version + 1, start.version + 11))
    state = await load(second, ALICE)
    assert state is not None
    assert len(state.draft["files"]) == 10


@TWO_PROCESSES
async def test_two_processes_given_the_same_update_apply_it_once(db: Db, flow) -> None:
    first, second = db.open(), db.open()
    event = Event(ALICE, "choice", NOW, code="en", version=0, update_id=42)
    replies = await asyncio.gather(
        ConversationService(first, flow).handle(event),
        ConversationService(second, flow).handle(event),
    )
    assert sorted(r is None for r in replies) == [False, True]
    state = await load(first, ALICE)
    assert state is not None and state.version == 1
    assert len(await pending(first, FAMILY, ALICE)) == 1


async def test_ci_never_skips_postgresql(tmp_path) -> None:
    """With CI=true and no TEST_DATABASE_URL the PostgreSQL tests fail, not skip."""
    env = {k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"}
    env["CI"] = "true"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT),
        str(Path(__file__)), "-k", "claim_update_once_per_channel and postgresql",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    report = out.decode()
    assert process.returncode == 1, report
    assert "TEST_DATABASE_URL is not set but CI=true" in report
    assert "1 error" in report and "skipped" not in report
