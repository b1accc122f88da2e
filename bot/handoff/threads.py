"""Each case's thread in the coordinators' group, made and kept alive.

A thread is a forum topic with the pinned card and the documents. In a group
without topics (or where createForumTopic is refused) the card is a normal
message and replies to it form the thread. Every step records its progress
on the case, so a retry after a crash or an error never repeats a step; a
topic deleted by a coordinator is made again (with the card) on the next
message instead of losing it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.config import Settings
from bot.handoff.cards import card_keyboard, card_parts, topic_name
from bot.i18n import Translator
from bot.telegram.delivery import Rejected
from bot.telegram.render import Reply
from bot.text import render
from flows.ports import CaseRecord, Store
from flows.text import N_, msg

__all__ = ["CaseThreads", "Send"]

log = logging.getLogger(__name__)

Send = Callable[[Reply], Awaitable[Any]]
NO_TOPICS = 0
THREAD_GONE = "message thread not found"
NO_TOPIC_REASONS = ("not a forum", "not enough rights", "topic")


class CaseThreads:
    """Creates, finds and repairs case threads; posts into them."""

    def __init__(self, send: Send, store: Store, tr: Translator, settings: Settings) -> None:
        assert settings.coordinator_chat_id is not None
        self._send = send
        self._store = store
        self._tr = tr
        self.chat_id = settings.coordinator_chat_id
        self.locale = settings.coordinator_locale

    async def _case(self, case_id: int) -> CaseRecord | None:
        async with self._store.transaction() as repo:
            return await repo.get_case(case_id)

    async def _update(self, case_id: int, **fields: Any) -> None:
        async with self._store.transaction() as repo:
            await repo.update_case(case_id, **fields)

    def where(self, case: CaseRecord) -> dict[str, Any]:
        """Parameters that put a message in the case's thread."""
        if case.topic_id:
            return {"message_thread_id": case.topic_id}
        if case.card_message_id:
            return {
                "reply_parameters": {
                    "message_id": case.card_message_id,
                    "allow_sending_without_reply": True,
                }
            }
        return {}

    async def ensure(self, case_id: int) -> CaseRecord | None:
        """The case with its thread, card and documents in place."""
        case = await self._case(case_id)
        if case is None:
            return None
        if case.topic_id is None:
            topic = NO_TOPICS
            try:
                result = await self._send(
                    Reply("createForumTopic", {"chat_id": self.chat_id, "name": topic_name(case)})
                )
                topic = int(result["message_thread_id"])
            except Rejected as error:
                # Only a group without topics (or without the right to make
                # them) falls back to reply threads; anything else (a wrong
                # chat id, say) is an error to retry, not a setting to keep.
                if not any(reason in str(error).lower() for reason in NO_TOPIC_REASONS):
                    raise
                log.warning(
                    "no forum topic; using reply threads",
                    extra={"case": case.id, "error": str(error)},
                )
            await self._update(case.id, topic_id=topic)
            case = await self._case(case_id)
            assert case is not None
        if case.card_message_id is None:
            await self.post_card(case)
            case = await self._case(case_id)
            assert case is not None
        await self._documents(case)
        return await self._case(case_id)

    async def post_card(self, case: CaseRecord) -> None:
        """Post (or re-post) the card in the thread and pin it."""
        thread = {"message_thread_id": case.topic_id} if case.topic_id else {}
        parts = card_parts(case, self._tr, self.locale)
        first: int | None = None
        for index, part in enumerate(parts):
            params: dict[str, Any] = {
                "chat_id": self.chat_id,
                "text": part,
                "parse_mode": "HTML",
                **thread,
            }
            if index == 0:
                params["reply_markup"] = card_keyboard(case, self._tr, self.locale)
            result = await self._send(Reply("sendMessage", params))
            if index == 0:
                first = int(result["message_id"])
                await self._update(case.id, card_message_id=first)
        if first is not None:
            try:
                await self._send(
                    Reply(
                        "pinChatMessage",
                        {
                            "chat_id": self.chat_id,
                            "message_id": first,
                            "disable_notification": True,
                        },
                    )
                )
            except Rejected:
                log.info("card not pinned (the bot may lack the right)", extra={"case": case.id})

    async def refresh_card(self, case_id: int) -> None:
        """Update the card's header and buttons after a change of status."""
        case = await self._case(case_id)
        if case is None or not case.card_message_id:
            return
        text = card_parts(case, self._tr, self.locale)[0]
        params = {
            "chat_id": self.chat_id,
            "message_id": case.card_message_id,
            "text": text,
            "parse_mode": "HTML",
            "reply_markup": card_keyboard(case, self._tr, self.locale),
        }
        try:
            await self._send(Reply("editMessageText", params))
        except Rejected as error:
            log.info("card not updated", extra={"case": case.id, "error": str(error)})

    async def _documents(self, case: CaseRecord) -> None:
        documents = list(case.snapshot.get("documents", []))
        for index in range(case.docs_sent, len(documents)):
            doc = documents[index]
            caption = render(
                msg(
                    N_("Document {n} of {total} for case #{case}"),
                    n=index + 1,
                    total=len(documents),
                    case=case.id,
                ),
                self.locale,
                self._tr,
            )
            method, field = (
                ("sendPhoto", "photo")
                if doc.get("kind") == "photo"
                else ("sendDocument", "document")
            )
            params = {
                "chat_id": self.chat_id,
                field: doc["file_id"],
                "caption": caption,
                **self.where(case),
            }
            await self._send(Reply(method, params))
            await self._update(case.id, docs_sent=index + 1)

    async def post(self, case_id: int, reply: Reply) -> Any:
        """Send `reply` into the case's thread, remaking a deleted topic once."""
        case = await self.ensure(case_id)
        if case is None:
            return None
        try:
            return await self._send(self._placed(reply, case))
        except Rejected as error:
            if THREAD_GONE not in str(error).lower():
                raise
        log.warning("case topic was deleted; making it again", extra={"case": case_id})
        await self._update(case_id, topic_id=None, card_message_id=None, docs_sent=0)
        case = await self.ensure(case_id)
        assert case is not None
        return await self._send(self._placed(reply, case))

    def _placed(self, reply: Reply, case: CaseRecord) -> Reply:
        return Reply(
            reply.method,
            {"chat_id": self.chat_id, **reply.params, **self.where(case)},
            reply.upload,
        )

    async def post_general(self, reply: Reply) -> Any:
        """Send `reply` to the group's general thread."""
        return await self._send(
            Reply(reply.method, {"chat_id": self.chat_id, **reply.params}, reply.upload)
        )
