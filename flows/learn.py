"""The `learn` mode: the education pages, FAQ and glossary, paged.

Reachable at any time (/learn, or the button on the welcome page); the
family's place in the questionnaire is kept, and "Start my case" (or
"Continue my case") returns them to it. Button codes: ``learn:<page id>``,
``learn:menu``, ``learn:faq``, ``learn:glossary``, ``learn:exit``,
``term:<id>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from flows.definitions.learn_content import DISCLAIMER, FAQ, GLOSSARY, PAGES, Page
from flows.effects import Ask, Button, Say
from flows.state import State
from flows.text import N_, Msg, msg

__all__ = ["enter", "is_learn_code", "press", "view"]

_ALL: dict[str, Page] = {p.id: p for p in (*PAGES, *FAQ)}
_TERMS = {t.id: t for t in GLOSSARY}
MENU, FAQ_MENU, GLOSSARY_MENU, EXIT, DISCLAIMER_PAGE = (
    "menu",
    "faq",
    "glossary",
    "exit",
    "disclaimer",
)


def is_learn_code(code: str) -> bool:
    """Whether a button code belongs to the learn mode."""
    return code.startswith(("learn:", "term:"))


def enter(state: State, page: str = MENU) -> State:
    """The state reading `page`, remembering the mode to return to."""
    # Under a page or a confirmation, the mode to return to is in the draft.
    back = state.draft.get("back_mode") if state.mode not in ("flow", "done") else state.mode
    if back not in ("flow", "done"):
        back = "flow"
    return state.bump(mode="learn", draft={"page": page, "back_mode": back})


def leave(state: State) -> State:
    """Back to where the family was."""
    if state.mode != "learn":
        return state  # an old "back to my case" button: nothing to leave
    back = state.draft.get("back_mode", "flow")
    return state.bump(mode="done" if back == "done" else "flow", draft={})


def press(state: State, code: str) -> tuple[State, tuple[Say, ...]]:
    """Apply a learn button; a glossary term is said, the page stays."""
    kind, _, target = code.partition(":")
    if kind == "term" and target in _TERMS:
        term = _TERMS[target]
        return state, (
            Say(
                (
                    msg(
                        N_("<b>{term}</b>: {explanation}"),
                        term=msg(term.term),
                        explanation=msg(term.explanation),
                    ),
                )
            ),
        )
    if target == EXIT:
        return leave(state), ()
    if target in (MENU, FAQ_MENU, GLOSSARY_MENU, DISCLAIMER_PAGE) or target in _ALL:
        return enter(state, target), ()
    return enter(state, MENU), ()


def _exit_button(state: State) -> Button:
    back = state.draft.get("back_mode", "flow")
    if back == "done":
        return Button(msg(N_("Back to my case")), f"learn:{EXIT}")
    if any(key.startswith("consent") for key in state.answers):
        return Button(msg(N_("▶ Continue my case")), f"learn:{EXIT}")
    return Button(msg(N_("▶ Start my case")), f"learn:{EXIT}")


def _menu(state: State, text: Msg, rows: Sequence[tuple[Button, ...]]) -> Ask:
    return Ask("learn", (text,), (*rows, (_exit_button(state),)), state.version, "choice")


def view(state: State) -> Ask:
    """The page (or menu) the family is reading."""
    page = str(state.draft.get("page", MENU))
    if page == MENU:
        rows: list[tuple[Button, ...]] = [(Button(msg(p.title), f"learn:{p.id}"),) for p in PAGES]
        rows.append((Button(msg(N_("❓ Questions families ask")), f"learn:{FAQ_MENU}"),))
        rows.append((Button(msg(N_("📚 Words explained")), f"learn:{GLOSSARY_MENU}"),))
        rows.append((Button(msg(N_("Please read: disclaimer")), f"learn:{DISCLAIMER_PAGE}"),))
        return _menu(
            state, msg(N_("<b>Learn about dual-target CD19+CD22 CAR-T.</b> Pick a topic:")), rows
        )
    if page == FAQ_MENU:
        rows = [(Button(msg(p.title), f"learn:{p.id}"),) for p in FAQ]
        rows.append((Button(msg(N_("☰ All topics")), f"learn:{MENU}"),))
        return _menu(state, msg(N_("<b>Questions families ask</b>")), rows)
    if page == GLOSSARY_MENU:
        terms = [Button(msg(t.term), f"term:{t.id}") for t in GLOSSARY]
        rows = [tuple(terms[i : i + 3]) for i in range(0, len(terms), 3)]
        rows.append((Button(msg(N_("☰ All topics")), f"learn:{MENU}"),))
        return _menu(
            state, msg(N_("<b>Words explained.</b> Tap a word to see what it means.")), rows
        )
    if page == DISCLAIMER_PAGE:
        return _menu(state, msg(DISCLAIMER), [(Button(msg(N_("☰ All topics")), f"learn:{MENU}"),)])
    return _page(state, _ALL.get(page, PAGES[0]))


def _page(state: State, page: Page) -> Ask:
    series = PAGES if page in PAGES else FAQ
    index = series.index(page)
    nav: list[Button] = []
    if index > 0:
        nav.append(Button(msg(N_("« Back")), f"learn:{series[index - 1].id}"))
    if index + 1 < len(series):
        nav.append(Button(msg(N_("Next »")), f"learn:{series[index + 1].id}"))
    rows = [tuple(nav)] if nav else []
    rows.append(
        (
            Button(msg(N_("☰ All topics")), f"learn:{MENU}"),
            Button(msg(N_("Disclaimer")), f"learn:{DISCLAIMER_PAGE}"),
        )
    )
    counter = msg(N_("<i>{n} of {total}</i>"), n=index + 1, total=len(series))
    ask = _menu(state, msg(page.body), rows)
    return replace(ask, text=(*ask.text, counter))
