"""HL7 FHIR R4 export: the Questionnaire generated from the flow definition,
and a QuestionnaireResponse for one submitted case (validated with
`fhir.resources`).

Questions are identified by the step ids (``linkId``); choice answers are
codings in the system ``urn:intakebot:<field>``; "don't know" answers carry
the data-absent-reason code ``asked-unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from bot.i18n import Translator
from flows.conditions import AllOf, AnyOf, Condition, Equals
from flows.steps import (
    Choice,
    Consent,
    DateStep,
    FileStep,
    Flow,
    Info,
    NumberStep,
    Repeat,
    Review,
    Step,
    TextStep,
)

__all__ = ["QUESTIONNAIRE_URL", "questionnaire", "questionnaire_response"]

QUESTIONNAIRE_URL = "urn:intakebot:questionnaire:intake"
ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
_TAG = re.compile(r"<[^>]+>")


def _text(tr: Translator, locale: str, msgid: str) -> str:
    return _TAG.sub("", tr.gettext(locale, msgid)).strip()


def _system(field: str) -> str:
    return f"urn:intakebot:{field}"


def _enable_when(condition: Condition | None) -> tuple[list[dict[str, Any]], str | None]:
    """enableWhen for conditions this export can express (equality, any/all of them)."""
    if condition is None:
        return [], None
    parts: list[Equals]
    behavior = "any"
    if isinstance(condition, Equals):
        parts = [condition]
    elif isinstance(condition, AnyOf | AllOf) and all(
        isinstance(p, Equals) for p in condition.parts
    ):
        parts = [p for p in condition.parts if isinstance(p, Equals)]
        behavior = "all" if isinstance(condition, AllOf) else "any"
    else:
        return [], None
    whens = [
        {
            "question": p.field,
            "operator": "=",
            "answerCoding": {"system": _system(p.field), "code": v},
        }
        for p in parts
        for v in p.values
    ]
    if len(whens) > 1 and behavior == "all" and any(len(p.values) > 1 for p in parts):
        return [], None  # (a or b) and c: not expressible as one flat list
    return whens, (behavior if len(whens) > 1 else None)


def _item(step: Step, tr: Translator, locale: str) -> dict[str, Any] | None:
    item: dict[str, Any] = {"linkId": step.id, "text": _text(tr, locale, step.label or step.prompt)}
    match step:
        case Info() | Review():
            return None
        case Choice(options=options, multi=multi):
            item["type"] = "choice"
            item["repeats"] = multi
            item["answerOption"] = [
                {
                    "valueCoding": {
                        "system": _system(step.id),
                        "code": o.code,
                        "display": o.label if o.literal else _text(tr, locale, o.label),
                    }
                }
                for o in options
            ]
        case Consent():
            item["type"] = "boolean"
        case TextStep():
            item["type"] = "text" if step.max_length > 255 else "string"
        case NumberStep(integer=integer):
            item["type"] = "integer" if integer else "decimal"
        case DateStep():
            item["type"] = "date"
        case FileStep(multiple=multiple):
            item["type"] = "attachment"
            item["repeats"] = multiple
        case Repeat(steps=steps, max_items=max_items):
            item["type"] = "group"
            item["repeats"] = True
            item["item"] = [i for i in (_item(s, tr, locale) for s in steps) if i is not None]
            item["text"] = f"{item['text']} (max {max_items})"
    whens, behavior = _enable_when(step.when)
    if whens:
        item["enableWhen"] = whens
        if behavior:
            item["enableBehavior"] = behavior
    item["required"] = not (step.skip or isinstance(step, Repeat))
    return item


def questionnaire(flow: Flow, tr: Translator, locale: str = "en") -> dict[str, Any]:
    """The intake as a FHIR R4 Questionnaire (validated)."""
    items = [i for i in (_item(s, tr, locale) for s in flow.steps) if i is not None]
    data = {
        "resourceType": "Questionnaire",
        "url": QUESTIONNAIRE_URL,
        "status": "active",
        "name": "CarTIntake",
        "title": "Dual-target CAR-T intake",
        "item": items,
    }
    return Questionnaire.model_validate(data).model_dump(mode="json", exclude_none=True)


def _answers(step: Step, value: object) -> list[dict[str, Any]]:
    if value is None:
        return []
    if value == "unknown":
        return [{"valueCoding": {"system": ABSENT, "code": "asked-unknown"}}]
    match step:
        case Choice():
            codes = value if isinstance(value, list) else [value]
            return [{"valueCoding": {"system": _system(step.id), "code": str(c)}} for c in codes]
        case Consent():
            agreed = value.get("agreed") if isinstance(value, Mapping) else bool(value)
            return [{"valueBoolean": bool(agreed)}]
        case NumberStep(integer=True):
            return [{"valueInteger": int(value)}]  # type: ignore[call-overload]
        case NumberStep():
            return [{"valueDecimal": float(value)}]  # type: ignore[arg-type]
        case DateStep():
            return [{"valueDate": str(value)}]
        case FileStep():
            files = value if isinstance(value, list) else []
            return [
                {
                    "valueAttachment": {
                        "title": str(f.get("name")),
                        "contentType": str(f.get("mime")),
                        "size": int(f.get("size", 0)),
                    }
                }
                for f in files
            ]
    return [{"valueString": str(value)}]


def _response_items(steps: tuple[Step, ...], answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for step in steps:
        if step.id not in answers or isinstance(step, Info | Review):
            continue
        if isinstance(step, Repeat):
            blocks = answers[step.id] if isinstance(answers[step.id], list) else []
            items.extend(
                {"linkId": step.id, "item": _response_items(step.steps, block)} for block in blocks
            )
            continue
        answer = _answers(step, answers[step.id])
        items.append({"linkId": step.id, **({"answer": answer} if answer else {})})
    return items


def questionnaire_response(flow: Flow, case_id: int, snapshot: Mapping[str, Any]) -> dict[str, Any]:
    """One submitted case as a FHIR R4 QuestionnaireResponse (validated)."""
    answers = dict(snapshot.get("answers", {}))
    consents = dict(snapshot.get("consents", {}))
    answers.update({k: v for k, v in consents.items() if k not in answers})
    data = {
        "resourceType": "QuestionnaireResponse",
        "id": f"case-{case_id}",
        "questionnaire": QUESTIONNAIRE_URL,
        "status": "completed",
        "authored": snapshot.get("submitted_at"),
        "item": _response_items(flow.steps, answers),
    }
    return QuestionnaireResponse.model_validate(data).model_dump(mode="json", exclude_none=True)
