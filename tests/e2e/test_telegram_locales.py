"""The whole intake in each of the 12 languages through Telegram: every
message the bot sends is in the family's language (nothing falls back to
English), and switching language mid-intake keeps every answer."""

from __future__ import annotations

import asyncio
import re

from bot.i18n import load_translator
from bot.text import plain, render
from flows.definitions.learn_content import DISCLAIMER
from flows.definitions.start import LANGUAGE_NAMES
from flows.text import msg
from tests.e2e.harness import INTAKE_NO_PRIOR_CART, START_TO_CONSENT, Family, running_bot
from tests.emulator import BotApiEmulator

TR = load_translator()
LOCALES = [code for code in TR.locales if code != "en"]
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|<[^>]+>")


def english_fragments(locale: str) -> set[str]:
    """Pieces of English text that must never reach a family using `locale`:
    the static parts of every msgid whose translation is different."""
    fragments: set[str] = set()
    for msgid, translated in TR.catalogs[locale].items():
        if translated == msgid:
            continue  # deliberately the same (e.g. "CD19", "PDF")
        for piece in _PLACEHOLDER.split(msgid):
            for raw in piece.split("\n"):
                line = raw.strip(" •:.,«»()")
                if len(line) >= 14 and line not in translated:
                    fragments.add(line)
    return fragments


def label(locale: str, english: str) -> str:
    """A button label as the bot shows it in `locale` (with RTL isolates);
    labels that are not msgids (years) are shown as they are."""
    return render(msg(english), locale, TR) if english in TR.catalogs["en"] else english


def script(locale: str) -> list[tuple[str, str]]:
    """The intake in `locale`: the same taps, with translated labels."""
    steps: list[tuple[str, str]] = []
    for kind, value in [*START_TO_CONSENT, *INTAKE_NO_PRIOR_CART]:
        if kind == "tap":
            steps.append(
                (kind, LANGUAGE_NAMES[locale] if value == "English" else label(locale, value))
            )
        else:
            steps.append((kind, value))
    return steps


async def test_the_whole_intake_in_every_language():
    async with BotApiEmulator() as emulator, running_bot(emulator, "aiogram") as runner:
        families = {
            locale: Family(emulator, runner, 3000 + n, language_code=locale.replace("_", "-"))
            for n, locale in enumerate(LOCALES)
        }
        await asyncio.gather(*(family.do(script(locale)) for locale, family in families.items()))
        await asyncio.gather(
            *(f.tap(label(loc, "Send to the coordinators ✓")) for loc, f in families.items())
        )
        for locale, family in families.items():
            texts = [m.text or "" for m in family.messages()]
            assert any(TR.gettext(locale, "Please choose your language.") in t for t in texts), (
                locale
            )
            leaked = sorted(
                fragment
                for fragment in english_fragments(locale)
                for text in texts
                if fragment in text
            )
            assert leaked == [], f"{locale}: English text reached the family: {leaked[:5]}"
            # After submit: the disclaimer and consent receipt, in their language.
            disclaimer = plain(render(msg(DISCLAIMER), locale, TR))[:40]
            assert any(disclaimer in t for t in texts[-4:]), locale
        assert emulator.rejected_calls() == []


async def test_switching_language_mid_intake_keeps_every_answer():
    async with BotApiEmulator() as emulator, running_bot(emulator, "aiogram") as runner:
        family = Family(emulator, runner, 3100)
        await family.do(START_TO_CONSENT)
        await family.do(INTAKE_NO_PRIOR_CART[:7])  # up to the diagnosis date
        question = family.messages()[-1].text or ""
        await family.command("language")
        await family.tap("Русский")
        after = family.messages()[-1].text or ""
        assert TR.gettext("ru", "When was the leukaemia first diagnosed?") in after
        assert "When was the leukaemia" in question
        await family.do([("tap", "2024"), ("tap", TR.gettext("ru", "March"))])
        rest = [(k, TR.gettext("ru", v) if k == "tap" else v) for k, v in INTAKE_NO_PRIOR_CART[9:]]
        await family.do(rest)
        review = family.messages()[-1].text or ""
        assert "Please check" not in review
        for answer in (
            "Aziza",
            "7",
            TR.gettext("ru", "B-cell acute lymphoblastic leukaemia (B-ALL)"),
        ):
            assert answer in review, answer
        assert emulator.rejected_calls() == []
