""" "Don't know" turns into help: what to ask the treating doctor for.

Every unknown (or "send later") answer on a field that matters for the
review becomes an item on a checklist, shown after submit and with /todo,
with a short message the family can forward to their doctor (in their
language and in English). An item is ticked when the answer becomes known,
or when the family sends a document and says it is that report.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.effects import Say
from flows.positions import walk
from flows.state import State
from flows.steps import Flow
from flows.text import N_, Lines, Msg, msg

__all__ = ["TODO_REQUESTS", "TodoItem", "doctor_letter", "todo_items", "todo_says"]


@dataclass(frozen=True)
class TodoItem:
    """One thing to ask the doctor for; `done` once it has arrived."""

    id: str
    request: str
    done: bool
    document: bool


# item id -> (what to ask for, fields whose unknown/later answer opens it, is a document)
ITEMS: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("flow_report", N_("the latest flow cytometry report of a bone-marrow sample, showing CD19 and CD22, with the date the sample was taken"),
     ("cd19_status", "cd22_status", "flow_date", "flow_sample", "flow_report"), True),
    ("cart_summary", N_("the discharge summary of each CAR-T treatment (product, target, date, response)"),
     ("target", "infusion_date", "best_response"), True),
    ("relapse_flow", N_("the flow cytometry report from the relapse after CAR-T (CD19 and CD22 at relapse)"),
     ("relapse_cd19", "relapse_cd22", "relapse_date", "lineage_switch"), True),
    ("diagnosis_report", N_("the diagnosis report (immunophenotype) and the genetic results, including BCR-ABL1 (Philadelphia chromosome)"),
     ("diagnosis", "ph_status", "diagnosis_date"), True),
    ("marrow_report", N_("the latest bone-marrow report with the disease status and MRD"),
     ("disease_status", "last_relapse_date"), True),
    ("csf_result", N_("the latest spinal fluid (lumbar puncture) result"), ("cns_status", "extramedullary"), True),
    ("treatment_list", N_("a list of all treatments so far with dates, including blinatumomab or inotuzumab"),
     ("prior_blinatumomab", "blinatumomab_last_date", "prior_inotuzumab", "inotuzumab_last_date", "prior_car_t"), True),
    ("transplant_summary", N_("the transplant discharge summary (date, donor type, GVHD, current medicines)"),
     ("hsct_date", "gvhd_active", "immunosuppression_now"), True),
)  # fmt: skip


# Item id -> what to ask for (a msgid), e.g. for the coordinators' notes.
TODO_REQUESTS = {item_id: request for item_id, request, _fields, _doc in ITEMS}


def _open_fields(flow: Flow, state: State) -> set[str]:
    """Field ids (without block prefixes) answered "don't know" or "later"."""
    fields: set[str] = set()
    for slot in walk(flow, state.answers):
        answer = state.answers.get(slot.key)
        if (answer is not None and answer.status in ("unknown", "later")) or (
            answer is not None and answer.value in ("unknown", "not_tested")
        ):
            fields.add(slot.step.id)
    return fields


def todo_items(flow: Flow, state: State) -> list[TodoItem]:
    """The checklist: items opened by unknown answers, ticked when resolved."""
    open_fields = _open_fields(flow, state)
    items: list[TodoItem] = []
    for item_id, request, fields, document in ITEMS:
        received = f"todo.{item_id}" in state.answers
        if received or open_fields.intersection(fields):
            done = received or not open_fields.intersection(fields)
            items.append(TodoItem(item_id, request, done, document))
    return items


def doctor_letter(items: list[TodoItem]) -> Msg:
    """A short message for the treating doctor asking for the open items."""
    wanted = tuple(msg(N_("• {request}"), request=msg(i.request)) for i in items if not i.done)
    return msg(
        N_(
            "Dear doctor,\nwe are asking a medical-travel service to review whether CAR-T treatment "
            "abroad could be considered. Could you please give us copies of:\n{items}\n"
            "Thank you very much for your help."
        ),
        items=Lines(wanted),
    )


def todo_says(flow: Flow, state: State, locale: str | None) -> tuple[Say, ...]:
    """The checklist and the doctor's letter (in the family's language and English)."""
    items = todo_items(flow, state)
    if not items:
        return (Say((msg(N_("Nothing to ask your doctor for right now. Thank you!")),)),)
    lines = tuple(
        msg(N_("✅ {request}") if i.done else N_("⬜ {request}"), request=msg(i.request))
        for i in items
    )
    checklist = msg(N_("<b>What to ask your doctor for</b>\n{items}"), items=Lines(lines))
    says = [Say((checklist,))]
    if any(not i.done for i in items):
        intro = msg(N_("You can forward this message to the treating doctor:"))
        says.append(Say((intro, doctor_letter(items))))
        if locale not in (None, "en"):
            says.append(Say((msg(N_("The same message in English:")),)))
            says.append(Say((doctor_letter(items),), locale="en"))
        says.append(
            Say((msg(N_("When you have a report, just send it here as a photo or file.")),))
        )
    return tuple(says)
