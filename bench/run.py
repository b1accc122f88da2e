"""One benchmark session: one emulator, the echo baselines, then every
database x runtime with the real bot as a subprocess."""

from __future__ import annotations

import itertools
import os
import platform
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import version
from pathlib import Path

from bench.databases import fresh_database, upgrade
from bench.families import INTAKE_STEPS, DriveResult, drive_echo, drive_intake
from bench.measure import RunFigures, percentile
from bench.processes import INTAKEBOT, BotProcess, bot_environment, running, summarise_log
from bench.report import format_number
from bench.seed import seed_database
from bench.watch import CallWatch
from bot.telegram.delivery import Limiter
from tests.emulator import BotApiEmulator

__all__ = ["Options", "context_lines", "run_benchmark"]

USER_BLOCK = 1_000_000  # each run's families get their own block of Telegram user ids


@dataclass(frozen=True)
class Options:
    """What to measure."""

    families: int
    runtimes: tuple[str, ...]
    databases: tuple[str, ...]
    postgres_url: str | None
    seed_conversations: int
    steps: tuple[tuple[str, str], ...]
    step_timeout: float
    think_time: float = 0.0
    quick: bool = False


def say(line: str) -> None:
    """A progress line (the report comes at the end)."""
    print(line, file=sys.stderr, flush=True)


def context_lines(options: Options, started: datetime) -> list[str]:
    """What the figures were measured with."""
    pace = Limiter()
    script = (
        "the first steps of the intake (--quick)"
        if options.quick
        else "the whole scripted intake, submit included"
    )
    waits = "each family waits for the bot's next question before its next update"
    if options.think_time > 0:
        waits += f", then {options.think_time:g} s more (so throughput is set by that pause)"
    return [
        f"date: {started:%Y-%m-%d %H:%M} UTC; {platform.machine()}, {_cpus()} CPUs, "
        f"Python {platform.python_version()}; aiogram {version('aiogram')}, "
        f"python-telegram-bot {version('python-telegram-bot')}",
        f"load: {options.families} families at once, {len(options.steps)} updates each ({script}); "
        + waits,
        f"database: {options.seed_conversations:,} conversations in progress seeded before "
        "each intake run",
        "latency: update queued in the emulator -> the bot's first Bot API call for that chat",
        f"the bot's own pacing is kept: {pace.per_chat_rate:g} message/s per chat (burst "
        f"{pace.per_chat_burst:g}) and {pace.global_rate:g} calls/s overall "
        "(bot/telegram/delivery.py Limiter)",
        "echo baselines: bare aiogram Dispatcher / bare PTB Application (library defaults), "
        "same emulator, same number of messages per family",
    ]


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _fill(figures: RunFigures, result: DriveResult, bot: BotProcess) -> None:
    figures.updates = result.updates
    figures.seconds = result.seconds
    figures.latencies = [seconds for _kind, seconds in result.latencies]
    for kind, seconds in result.latencies:
        figures.latencies_by_kind.setdefault(kind, []).append(seconds)
    figures.family_seconds = result.family_seconds
    figures.failures = result.failures
    figures.peak_rss_mb = bot.peak_rss_mb
    figures.notes += [f"failed: {example}" for example in result.failure_examples]


def _finish(figures: RunFigures, emulator: BotApiEmulator, calls_before: int, log: Path) -> None:
    # A stopped bot's abandoned long poll ends with 409 once the next bot polls: not a rejection.
    rejected = [
        c
        for c in emulator.calls[calls_before:]
        if not c.ok and c.fault is None and not (c.method == "getUpdates" and c.status == 409)
    ]
    figures.rejected_calls = len(rejected)
    if rejected:
        methods = sorted({f"{c.method}: {c.error}" for c in rejected})[:3]
        figures.notes.append(f"{len(rejected)} calls rejected by the emulator, e.g. {methods}")
    made = [c for c in emulator.calls[calls_before:] if c.method != "getUpdates"]
    if made and figures.seconds > 0:
        figures.notes.append(
            f"Bot API calls besides getUpdates: {len(made)} "
            f"({len(made) / max(figures.updates, 1):.2f} per update, "
            f"{len(made) / figures.seconds:.1f}/s over the run)"
        )
    if figures.family_seconds:
        figures.notes.append(
            f"time for one family to finish: median {percentile(figures.family_seconds, 50):.1f} s, "
            f"max {max(figures.family_seconds):.1f} s; {figures.updates} updates in {figures.seconds:.1f} s"
        )
    if len(figures.latencies_by_kind) > 1:
        figures.notes.append(
            "first-reply latency by update kind: "
            + "; ".join(
                f"{kind} p50 {percentile(values, 50) * 1000:.1f} / p99 "
                f"{percentile(values, 99) * 1000:.1f} ms (n={len(values)})"
                for kind, values in sorted(figures.latencies_by_kind.items())
            )
        )
    figures.notes += [f"bot output: {line.strip()}" for line in summarise_log(log)]
    emulator.state.updates.drop_pending()  # nothing left over reaches the next bot


@dataclass(frozen=True)
class Session:
    """What every run of one benchmark session shares."""

    options: Options
    emulator: BotApiEmulator
    watch: CallWatch
    workdir: Path


async def _measure_echo(session: Session, runtime: str, first_user: int) -> RunFigures:
    options, emulator = session.options, session.emulator
    figures = RunFigures("echo", runtime, "-", families=options.families)
    calls_before = len(emulator.calls)
    name = f"echo-{runtime}"
    env = bot_environment(bot_token=emulator.token, bot_api_base_url=emulator.base_url)
    argv = [sys.executable, "-m", f"bench.echo_{runtime}"]
    users = range(first_user, first_user + options.families)
    try:
        async with running(name, argv, env, session.workdir, session.watch) as bot:
            say(f"  {name}: polling (pid {bot.pid}); {options.families} families sending")
            result = await drive_echo(
                session.watch, users, len(options.steps), options.step_timeout, options.think_time
            )
        _fill(figures, result, bot)
        figures.notes += bot.notes
    except Exception as error:  # the run fails, the benchmark goes on
        figures.error = f"{type(error).__name__}: {error}"
        traceback.print_exc()
    _finish(figures, emulator, calls_before, session.workdir / f"{name}.log")
    return figures


async def _measure_intake(
    session: Session, runtime: str, database: str, first_user: int
) -> RunFigures:
    options, emulator, workdir = session.options, session.emulator, session.workdir
    figures = RunFigures("intake", runtime, database, families=options.families)
    calls_before = len(emulator.calls)
    name = f"intake-{runtime}-{database}"
    users = range(first_user, first_user + options.families)
    try:
        async with fresh_database(database, workdir, options.postgres_url) as url:
            await upgrade(url, workdir)
            started = time.monotonic()
            rows = await seed_database(url, options.seed_conversations, INTAKE_STEPS)
            say(f"  {name}: migrated; seeded {rows:,} rows in {time.monotonic() - started:.1f} s")
            env = bot_environment(
                bot_token=emulator.token,
                bot_api_base_url=emulator.base_url,
                database_url=url,
                bot_runtime=runtime,
            )
            async with running(name, [str(INTAKEBOT), "run"], env, workdir, session.watch) as bot:
                say(f"  {name}: polling (pid {bot.pid}); {options.families} families in the intake")
                result = await drive_intake(
                    session.watch, users, options.steps, options.step_timeout, options.think_time
                )
            _fill(figures, result, bot)
            figures.notes += bot.notes
    except Exception as error:  # the run fails, the benchmark goes on
        figures.error = f"{type(error).__name__}: {error}"
        traceback.print_exc()
    _finish(figures, emulator, calls_before, workdir / f"{name}.log")
    return figures


async def run_benchmark(options: Options) -> list[RunFigures]:
    """Every run of the session, in order: echo baselines, then intake runs."""
    runs: list[RunFigures] = []
    blocks = itertools.count(1)
    with tempfile.TemporaryDirectory(prefix="intakebot-bench-") as tmp:
        emulator = BotApiEmulator()
        await emulator.start()
        session = Session(options, emulator, CallWatch(emulator), Path(tmp))
        say(f"emulator at {emulator.base_url}; work files in {tmp}")
        try:
            for runtime in options.runtimes:
                say(f"echo baseline, {runtime}")
                runs.append(await _measure_echo(session, runtime, next(blocks) * USER_BLOCK))
                say(f"  -> {_summary(runs[-1])}")
            for database in options.databases:
                for runtime in options.runtimes:
                    say(f"intake, {runtime} on {database}")
                    first_user = next(blocks) * USER_BLOCK
                    runs.append(await _measure_intake(session, runtime, database, first_user))
                    say(f"  -> {_summary(runs[-1])}")
        finally:
            await emulator.stop()
    return runs


def _summary(run: RunFigures) -> str:
    if run.error:
        return f"failed: {run.error}"
    return (
        f"{run.updates_per_second:.1f} updates/s, p50 {run.latency_ms(50):.1f} ms, "
        f"p99 {run.latency_ms(99):.1f} ms, peak RSS {format_number(run.peak_rss_mb)} MB, "
        f"{run.failures} failures"
    )
