"""The terminal runtime of `intakebot demo`: the whole bot, no token.

Buttons become numbered choices; typing a number presses that button,
anything else is sent as a typed answer, `/command` as a command, and a path
to an existing file (when a document is asked for) sends that file. Every
answer is committed before the reply is printed, so killing the demo at any
point and starting it again resumes at the same question.
"""

from __future__ import annotations

import asyncio
import mimetypes
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.bootstrap import App
from bot.text import plain, render
from flows.effects import Ask, Outgoing, Say, SendFile
from flows.events import ChatRef, Event, FileRef
from flows.ports import OutboxItem
from flows.text import N_, msg

__all__ = ["TerminalSession"]

HINT = N_("(Type the number of your choice, or type your answer. /help shows the commands.)")
HINT_LETTERS = N_("(Type your number, or the letter of a choice. /help shows the commands.)")
BYE = N_("Your answers are saved. Run the demo again to continue where you left off.")


def _key(ask: Ask, index: int) -> str:
    """What to type for a button: its number, or a letter where the answer
    itself is a number (so typing "2" answers "2", not the second button)."""
    return chr(ord("a") + index) if ask.expects == "number" else str(index + 1)


class TerminalSession:
    """One family's conversation in a terminal (or a pipe)."""

    def __init__(self, app: App, user: str, out: TextIO = sys.stdout) -> None:
        self._app = app
        self._chat = ChatRef("demo", user)
        self._out = out
        self._ask: Ask | None = None
        self._locale = app.settings.default_locale

    def _say(self, text: str) -> None:
        self._out.write(text + "\n")
        self._out.flush()

    def _show(self, effect: Outgoing, locale: str) -> None:
        tr = self._app.translator
        match effect:
            case Say(text=text, locale=override):
                self._say(
                    "\n" + "\n\n".join(plain(render(m, override or locale, tr)) for m in text)
                )
            case SendFile(filename=filename, content=content, caption=caption):
                folder = Path("data") / "exports"
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"{self._chat.chat_id}-{filename}"
                path.write_text(content, encoding="utf-8")
                self._say("\n" + plain(render(caption, locale, tr)) + f"\n  -> {path}")
            case Ask(text=text, buttons=buttons):
                self._ask = effect
                self._say("\n" + "\n\n".join(plain(render(m, locale, tr)) for m in text))
                number = 0
                for row in buttons:
                    for button in row:
                        label = (
                            button.label
                            if isinstance(button.label, str)
                            else render(button.label, locale, tr)
                        )
                        self._say(f"  {_key(effect, number)}) {plain(label)}")
                        number += 1
                hint = HINT_LETTERS if effect.expects == "number" else HINT
                self._say(plain(render(msg(hint), locale, tr)))

    async def _deliver(self, item: OutboxItem) -> None:
        self._locale = item.locale or self._locale
        for effect in item.effects:
            self._show(effect, self._locale)
        await self._app.service.delivered(item)

    def _event(self, line: str) -> Event:
        now = datetime.now(UTC)
        text = line.strip()
        ask = self._ask
        # A file path first: an absolute path starts with "/" like a command.
        if ask is not None and ask.expects == "file" and Path(text).expanduser().is_file():
            path = Path(text).expanduser()
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            file = FileRef(f"local:{path.resolve()}", path.name, mime, path.stat().st_size)
            return Event(self._chat, "file", now, file=file)
        if text.startswith("/"):
            name, _, arg = text[1:].partition(" ")
            return Event(self._chat, "command", now, text=arg.strip(), code=name.lower())
        if ask is not None:
            codes = [b.code for row in ask.buttons for b in row]
            keys = [_key(ask, i) for i in range(len(codes))]
            if text.lower() in keys:
                code = codes[keys.index(text.lower())]
                return Event(self._chat, "choice", now, code=code, version=ask.version)
        return Event(self._chat, "text", now, text=text)

    async def run(self, lines: TextIO = sys.stdin) -> None:
        """Resume (re-sending anything not yet shown), then read answers until EOF."""
        service = self._app.service
        pending = await service.undelivered(chat=self._chat)
        for item in pending:
            await self._deliver(item)
        if not pending:
            first = await service.handle(Event(self._chat, "resume", datetime.now(UTC)))
            if first is not None:
                await self._deliver(first)
        while True:
            line = await asyncio.to_thread(lines.readline)
            if not line:
                break
            if not line.strip():
                continue
            reply = await service.handle(self._event(line))
            if reply is not None:
                await self._deliver(reply)
        self._say("\n" + plain(render(msg(BYE), self._locale, self._app.translator)))
