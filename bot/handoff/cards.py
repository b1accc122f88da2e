"""The case card in the coordinators' group: topic name, text, buttons.

The card is rendered in COORDINATOR_LOCALE from the translatable summary
kept with the case (`flows.summary.case_card`), under a header with the
case number, its status and the family's language.
"""

from __future__ import annotations

from typing import Any

from bot.i18n import Translator
from bot.telegram.callback import encode
from bot.telegram.render import split_text
from bot.text import render
from flows.definitions.start import LANGUAGE_NAMES
from flows.effects import msgs_from_json
from flows.ports import CaseRecord
from flows.text import N_, Lines, Msg, msg
from flows.todo import TODO_REQUESTS

__all__ = ["ACTIONS", "card_keyboard", "card_parts", "status_label", "topic_name"]

ACTIONS = ("claim", "needinfo", "close")
_SIGN = {"positive": "+", "dim": "dim", "partial": "±", "negative": "-", "not_tested": "n/t"}

STATUS = {
    "new": N_("🆕 New: nobody has claimed it yet"),
    "claimed": N_("👤 Claimed by {name}"),
    "need_info": N_("❓ Waiting for information from the family (claimed by {name})"),
    "closed": N_("✔ Closed"),
    "open": N_("↩ Reopened by the family"),
}


def _sign(answers: dict[str, Any], field: str) -> str:
    return _SIGN.get(str(answers.get(field)), "?")


def topic_name(case: CaseRecord) -> str:
    """E.g. ``#42 · RU · UZ · CD19- / CD22+`` (at most 128 characters)."""
    answers = dict(case.snapshot.get("answers", {}))
    language = str(case.snapshot.get("locale") or "??").split("_")[0].upper()
    country = str(answers.get("country_residence") or "??").upper()
    markers = f"CD19{_sign(answers, 'cd19_status')} / CD22{_sign(answers, 'cd22_status')}"
    return f"#{case.id} · {language} · {country} · {markers}"[:128]


def status_label(case: CaseRecord) -> Msg:
    """The case's status for the card header."""
    return msg(STATUS.get(case.status, STATUS["new"]), name=case.assignee or "?")


def card_parts(case: CaseRecord, tr: Translator, locale: str) -> list[str]:
    """The card as Telegram HTML messages: a header, then the whole summary."""
    locale_code = str(case.snapshot.get("locale") or "")
    header = msg(
        N_("<b>Case #{case}</b> · {status}\nFamily's language: {language} · Source: {source}"),
        case=case.id,
        status=status_label(case),
        language=LANGUAGE_NAMES.get(locale_code, locale_code or "?"),
        source=str(case.snapshot.get("source") or "-"),
    )
    received = [r for r in case.snapshot.get("received", []) if r.get("item") in TODO_REQUESTS]
    if received:
        lines = tuple(
            msg(
                N_("✅ {request} ({name})"),
                request=msg(TODO_REQUESTS[r["item"]]),
                name=str(r.get("name", "")),
            )
            for r in received
        )
        header = msg(
            N_("{header}\n<b>Received since submit:</b>\n{lines}"),
            header=header,
            lines=Lines(lines),
        )
    body = (header, *msgs_from_json(list(case.snapshot.get("card", []))))
    return split_text("\n\n".join(render(m, locale, tr) for m in body))


def card_keyboard(case: CaseRecord, tr: Translator, locale: str) -> dict[str, Any]:
    """Claim / Need info / Close, as case actions (not tied to a state version)."""
    labels = {"claim": N_("👤 Claim"), "needinfo": N_("❓ Need info"), "close": N_("✔ Close")}
    row = [
        {"text": tr.gettext(locale, labels[a]), "callback_data": encode(0, f"case:{a}:{case.id}")}
        for a in ACTIONS
        if not (a == "claim" and case.assignee) and not (a == "close" and case.status == "closed")
    ]
    return {"inline_keyboard": [row] if row else []}
