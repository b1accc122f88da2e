"""What coordinators do in their group: press case buttons, write in a case
thread (relayed to the family), and use /cases, /case N, /find TEXT.

Only members of the coordinators' group (and, if COORDINATOR_IDS is set,
only those users) can act; anyone else is refused and nothing changes.
Messages starting with ``//`` are internal notes and are never relayed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from bot.handoff.cards import ACTIONS, status_label
from bot.handoff.threads import CaseThreads
from bot.i18n import Translator
from bot.telegram.callback import decode
from bot.telegram.delivery import DeliveryError
from bot.telegram.render import Reply
from bot.text import render
from flows.events import Event, EventKind
from flows.ports import CaseRecord, OutboxItem, Store
from flows.service import ConversationService
from flows.text import N_, msg

__all__ = ["CoordinatorGroup"]

log = logging.getLogger(__name__)

MEMBER = {"creator", "administrator", "member", "restricted"}
MEMBERSHIP_TTL = 300.0
MEDIA = ("photo", "document", "video", "voice", "audio", "animation", "video_note")

NOT_ALLOWED = N_("Only coordinators can do this.")
CLAIMED = N_("Case #{case} is yours now.")
TAKEN = N_("Case #{case} was already claimed by {name}.")
NEED_INFO = N_(
    "Write your question for the family as the next message in this thread; it will be sent to the family exactly as you write it."
)
CLOSED = N_("Case #{case} is closed. The family was told; if they write again, it reopens.")
CASE_LINE = N_("#{case} · {status} · {country} · {date}")
NO_CASES = N_("No cases found.")


class CoordinatorGroup:
    """Handles updates from the coordinators' group."""

    def __init__(
        self,
        service: ConversationService,
        *,
        store: Store,
        threads: CaseThreads,
        tr: Translator,
        send: Callable[[Reply], Awaitable[Any]],
        deliver: Callable[[OutboxItem], Awaitable[None]],
        allowed_ids: frozenset[int],
    ) -> None:
        self._service = service
        self._store = store
        self._threads = threads
        self._tr = tr
        self._send = send
        self._deliver = deliver
        self._allowed_ids = allowed_ids
        self._members: dict[int, float] = {}

    def _t(self, message: Any) -> str:
        return render(message, self._threads.locale, self._tr)

    async def is_coordinator(self, user_id: int) -> bool:
        """A member of the group (checked with getChatMember, cached), and on the allow-list if set."""
        if self._allowed_ids and user_id not in self._allowed_ids:
            return False
        if self._members.get(user_id, 0.0) > time.monotonic():
            return True
        try:
            member = await self._send(
                Reply("getChatMember", {"chat_id": self._threads.chat_id, "user_id": user_id})
            )
        except DeliveryError:
            return False
        if isinstance(member, dict) and member.get("status") in MEMBER:
            self._members[user_id] = time.monotonic() + MEMBERSHIP_TTL
            return True
        return False

    async def handle(self, update: dict[str, Any]) -> None:
        """One update from the coordinators' group."""
        if query := update.get("callback_query"):
            await self._button(query)
        elif message := update.get("message"):
            await self._message(int(update.get("update_id", 0)), message)

    async def _answer(self, query: dict[str, Any], text: str, alert: bool = False) -> None:
        try:
            await self._send(
                Reply(
                    "answerCallbackQuery",
                    {
                        "callback_query_id": str(query["id"]),
                        "text": text[:200],
                        "show_alert": alert,
                    },
                )
            )
        except DeliveryError:
            log.info("callback answer failed")

    async def _button(self, query: dict[str, Any]) -> None:
        data = decode(query.get("data"))
        parts = data.code.split(":") if data else []
        if (
            len(parts) != 3
            or parts[0] != "case"
            or parts[1] not in ACTIONS
            or not parts[2].isdigit()
        ):
            await self._answer(query, "")
            return
        user = query.get("from") or {}
        if not await self.is_coordinator(int(user.get("id", 0))):
            await self._answer(query, self._t(msg(NOT_ALLOWED)), alert=True)
            return
        action, case_id = parts[1], int(parts[2])
        name = str(user.get("first_name") or user.get("username") or user.get("id"))
        async with self._store.transaction() as repo:
            case = await repo.get_case(case_id)
            if case is None:
                await self._answer(query, self._t(msg(NO_CASES)))
                return
            won = action != "claim" or await repo.claim_case(case_id, name, int(user.get("id", 0)))
            if action == "needinfo":
                await repo.update_case(
                    case_id, status="need_info", **({} if case.assignee else {"assignee": name})
                )
            elif action == "close":
                await repo.update_case(case_id, status="closed")
        if not won:
            await self._answer(
                query, self._t(msg(TAKEN, case=case_id, name=case.assignee or "?")), alert=True
            )
            return
        reply = {
            "claim": msg(CLAIMED, case=case_id),
            "needinfo": msg(NEED_INFO),
            "close": msg(CLOSED, case=case_id),
        }[action]
        await self._answer(query, self._t(reply))
        await self._threads.refresh_card(case_id)
        if action == "needinfo":
            await self._threads.post(case_id, Reply("sendMessage", {"text": self._t(reply)}))
        status = {"claim": "claimed", "close": "closed"}.get(action)
        if status:
            await self._tell_family(case, "case_status", status)

    async def _tell_family(
        self,
        case: CaseRecord,
        kind: EventKind,
        text: str,
        *,
        update_id: int | None = None,
        message_id: int | None = None,
        has_media: bool = False,
    ) -> None:
        event = Event(
            case.chat,
            kind,
            datetime.now(UTC),
            text=text,
            update_id=update_id,
            message_id=message_id,
            has_media=has_media,
        )
        item = await self._service.handle(event)
        if item is not None:
            await self._deliver(item)

    async def _message(self, update_id: int, message: dict[str, Any]) -> None:
        sender = message.get("from") or {}
        if sender.get("is_bot"):
            return
        text = str(message.get("text") or message.get("caption") or "")
        if text.startswith("/"):
            await self._command(message, text)
            return
        reply_to = (message.get("reply_to_message") or {}).get("message_id")
        thread = message.get("message_thread_id") if message.get("is_topic_message") else None
        async with self._store.transaction() as repo:
            case = await repo.case_for_group_message(thread, reply_to)
        if case is None or text.startswith("//"):
            return  # general chat, or an internal note: never relayed
        if not await self.is_coordinator(int(sender.get("id", 0))):
            return
        if case.status == "need_info" and case.assignee is not None:
            await self._tell_family(case, "case_status", "need_info")
        has_media = any(k in message for k in MEDIA)
        await self._tell_family(
            case,
            "coordinator",
            text,
            update_id=update_id,
            message_id=int(message["message_id"]),
            has_media=has_media,
        )

    async def _command(self, message: dict[str, Any], text: str) -> None:
        if not await self.is_coordinator(int((message.get("from") or {}).get("id", 0))):
            return
        head, _, arg = text[1:].partition(" ")
        name = head.split("@", 1)[0].lower()
        where = (
            {"message_thread_id": message["message_thread_id"]}
            if message.get("is_topic_message")
            else {}
        )
        async with self._store.transaction() as repo:
            if name == "cases":
                cases = await repo.list_cases(open_only=True)
            elif name == "find" and arg.strip():
                cases = await repo.list_cases(open_only=False, text=arg.strip())
            elif name == "case" and arg.strip().lstrip("#").isdigit():
                case = await repo.get_case(int(arg.strip().lstrip("#")))
                if case is not None:
                    await repo.update_case(case.id, card_message_id=None)
                cases = []
            else:
                return
        if name == "case":
            if case is not None:
                await self._threads.ensure(case.id)
            else:
                await self._threads.post_general(
                    Reply("sendMessage", {"text": self._t(msg(NO_CASES)), **where})
                )
            return
        lines = tuple(
            msg(
                CASE_LINE,
                case=c.id,
                status=status_label(c),
                country=str(dict(c.snapshot.get("answers", {})).get("country_residence") or "?"),
                date=c.created_at.strftime("%Y-%m-%d"),
            )
            for c in cases[:50]
        )
        text_out = "\n".join(self._t(line) for line in lines) if lines else self._t(msg(NO_CASES))
        await self._threads.post_general(
            Reply("sendMessage", {"text": text_out, "parse_mode": "HTML", **where})
        )
