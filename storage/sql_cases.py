"""The coordinators' side of the SQL repository: cases, relays, outbox leases."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from flows.events import ChatRef
from flows.ports import CaseRecord
from storage.models import Intake, OutboxRow, RelayMessage

__all__ = ["SqlCaseQueries", "chat_of"]


class SqlCaseQueries:
    """Case, relay and lease queries of `storage.sql.SqlRepository`."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def lease(self, outbox_id: int, until: datetime, now: datetime) -> bool:
        """Take a pending row unless another worker's lease is still running."""
        result = await self._s.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == outbox_id,
                OutboxRow.status == "pending",
                or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until < now),
            )
            .values(lease_until=until, attempts=OutboxRow.attempts + 1)
        )
        return _rowcount(result) == 1

    async def release(self, outbox_id: int) -> None:
        """Give up the lease on a failed row (it stays pending)."""
        await self._s.execute(
            update(OutboxRow).where(OutboxRow.id == outbox_id).values(lease_until=None)
        )

    async def get_case(self, case_id: int) -> CaseRecord | None:
        """A case by number."""
        row = await self._s.get(Intake, case_id)
        return None if row is None or row.status == "erased" else _case(row)

    async def case_for_chat(self, chat: ChatRef) -> CaseRecord | None:
        """The family's latest case."""
        row = await self._s.scalar(
            select(Intake).where(Intake.chat_key == chat.key).order_by(Intake.id.desc()).limit(1)
        )
        return None if row is None else _case(row)

    async def case_for_group_message(
        self, thread_id: int | None, reply_to: int | None
    ) -> CaseRecord | None:
        """The case of a topic, or of the card / relayed message replied to."""
        row: Intake | None = None
        if thread_id:
            row = await self._s.scalar(select(Intake).where(Intake.topic_id == thread_id))
        if row is None and reply_to:
            row = await self._s.scalar(select(Intake).where(Intake.card_message_id == reply_to))
            if row is None:
                relay = await self._s.scalar(
                    select(RelayMessage).where(RelayMessage.group_message_id == reply_to)
                )
                row = await self._s.get(Intake, relay.case_id) if relay else None
        return None if row is None or row.status == "erased" else _case(row)

    async def update_case(self, case_id: int, **fields: Any) -> None:
        """Set fields of a case."""
        await self._s.execute(update(Intake).where(Intake.id == case_id).values(**fields))

    async def claim_case(self, case_id: int, assignee: str, assignee_id: int) -> bool:
        """Assign the case if unassigned (one atomic UPDATE, so one claim wins)."""
        result = await self._s.execute(
            update(Intake)
            .where(Intake.id == case_id, Intake.assignee.is_(None), Intake.status != "erased")
            .values(assignee=assignee, assignee_id=assignee_id, status="claimed")
        )
        return _rowcount(result) == 1

    async def list_cases(
        self, *, open_only: bool = True, text: str | None = None
    ) -> list[CaseRecord]:
        """Cases newest first, optionally only open ones or matching `text`."""
        query = select(Intake).where(Intake.status != "erased")
        if open_only:
            query = query.where(Intake.status != "closed")
        rows = list(await self._s.scalars(query.order_by(Intake.id.desc())))
        cases = [_case(r) for r in rows]
        return [c for c in cases if c.matches(text)] if text else cases

    async def unclaimed_before(self, moment: datetime) -> list[CaseRecord]:
        """New, unreminded cases older than `moment`."""
        rows = await self._s.scalars(
            select(Intake).where(
                Intake.status == "new", Intake.created_at < moment, Intake.reminded_at.is_(None)
            )
        )
        return [_case(r) for r in rows]

    async def add_relay(
        self,
        case_id: int,
        chat: ChatRef,
        family_message_id: int,
        group_message_id: int,
        direction: str,
    ) -> None:
        """Remember a relayed pair."""
        self._s.add(
            RelayMessage(
                case_id=case_id,
                chat_key=chat.key,
                family_message_id=family_message_id,
                group_message_id=group_message_id,
                direction=direction,
            )
        )

    async def family_message_for(self, group_message_id: int) -> int | None:
        """The family message paired with a group message."""
        relay = await self._s.scalar(
            select(RelayMessage).where(RelayMessage.group_message_id == group_message_id)
        )
        return None if relay is None else relay.family_message_id


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _case(row: Intake) -> CaseRecord:
    return CaseRecord(
        id=row.id,
        chat=chat_of(row.chat_key),
        snapshot=row.snapshot,
        status=row.status,
        assignee=row.assignee,
        topic_id=row.topic_id,
        card_message_id=row.card_message_id,
        docs_sent=row.docs_sent,
        created_at=row.created_at,
        reminded=row.reminded_at is not None,
        webhook_sent=row.webhook_sent_at is not None,
    )


def chat_of(key: str) -> ChatRef:
    """The chat of a stored key like ``telegram:123``."""
    channel, _, chat_id = key.partition(":")
    return ChatRef(channel, chat_id)
