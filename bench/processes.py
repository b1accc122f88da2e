"""Bots as subprocesses: start, wait until they poll the emulator, stop.

Every process started here is stopped by `running`: SIGTERM and a wait, then
SIGKILL if it does not end, also when the benchmark itself fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import read_peak_rss_mb
from bench.watch import CallWatch

__all__ = [
    "BIN",
    "INTAKEBOT",
    "BotProcess",
    "bot_environment",
    "running",
    "summarise_log",
]

BIN = Path(sys.executable).parent
INTAKEBOT = BIN / "intakebot"
ROOT = Path(__file__).resolve().parent.parent
STOP_SECONDS = 20.0
# Settings that would change what the bot does; the benchmark sets its own.
_CLEARED = ("COORDINATOR_CHAT_ID", "COORDINATOR_IDS", "WEBHOOK_URL", "WEBHOOK_SECRET")


def bot_environment(**settings: str) -> dict[str, str]:
    """This process's environment plus `settings` (as upper-case variables)."""
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env.update({name.upper(): value for name, value in settings.items()})
    env["PTB_TIMEDELTA"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@dataclass
class BotProcess:
    """A started bot; `peak_rss_mb` and `exit_code` are filled in when it stops."""

    name: str
    process: asyncio.subprocess.Process
    log_path: Path
    peak_rss_mb: float | None = None
    exit_code: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def pid(self) -> int:
        """The process id."""
        return self.process.pid


async def _wait_polling(
    bot: BotProcess, watch: CallWatch, polls_before: int, seconds: float
) -> None:
    deadline = time.monotonic() + seconds
    while watch.polls_started <= polls_before:
        if bot.process.returncode is not None:
            raise RuntimeError(
                f"{bot.name} exited with {bot.process.returncode} before polling:\n"
                + _tail(bot.log_path)
            )
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"{bot.name} did not poll within {seconds:.0f} s:\n" + _tail(bot.log_path)
            )
        await asyncio.sleep(0.05)


async def _stop(bot: BotProcess) -> None:
    process = bot.process
    already = process.returncode is not None
    if not already:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), STOP_SECONDS)
        except TimeoutError:
            bot.notes.append(f"did not stop within {STOP_SECONDS:.0f} s of SIGTERM; killed")
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
    bot.exit_code = process.returncode
    if already:
        bot.notes.append(f"the bot died during the run (exit status {bot.exit_code})")
    elif bot.exit_code not in (0, None):
        bot.notes.append(f"exit status {bot.exit_code} after SIGTERM")


@asynccontextmanager
async def running(
    name: str,
    argv: Sequence[str],
    env: dict[str, str],
    workdir: Path,
    watch: CallWatch,
    *,
    start_seconds: float = 60.0,
) -> AsyncIterator[BotProcess]:
    """A bot process polling the emulator for the block; stopped afterwards
    (its VmHWM is read just before the SIGTERM)."""
    log_path = workdir / f"{name}.log"
    polls_before = watch.polls_started
    with log_path.open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            *argv, env=env, cwd=workdir, stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log
        )
    bot = BotProcess(name, process, log_path)
    try:
        await _wait_polling(bot, watch, polls_before, start_seconds)
        yield bot
        bot.peak_rss_mb = read_peak_rss_mb(bot.pid)
    finally:
        await _stop(bot)


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def summarise_log(path: Path, limit: int = 6) -> list[str]:
    """The distinct lines a bot wrote to stdout/stderr, most frequent first,
    with their counts (tracebacks folded into their last line)."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return []
    counts: Counter[str] = Counter()
    in_traceback = False
    for line in text.splitlines():
        if line.startswith("Traceback"):
            in_traceback = True
            continue
        if in_traceback and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        in_traceback = False
        if line.strip():
            counts[line.strip()[:200]] += 1
    return [f"{count:>5} x {line}" for line, count in counts.most_common(limit)]
