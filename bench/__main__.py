"""``python -m bench``: measure, then print the figures and a Markdown table.

Exit status 0 when every run was measured (whatever the figures), 1 when a
run could not be measured (a bot did not start, a database failed), 2 for
bad options.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from bench.families import INTAKE_STEPS
from bench.report import render_report
from bench.run import Options, context_lines, run_benchmark, say

RUNTIMES = ("aiogram", "ptb")
DATABASES = ("sqlite", "postgres")
DEFAULT_FAMILIES = 40
QUICK_FAMILIES = 4
QUICK_STEPS = 10
QUICK_SEED = 500


def _names(value: str, allowed: Sequence[str]) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    unknown = [n for n in names if n not in allowed]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"choose from {','.join(allowed)}, not {value!r}")
    return names


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmark the intake bot against the Bot API emulator (prints figures).",
    )
    parser.add_argument(
        "--families",
        type=int,
        help=f"families driven at once (default {DEFAULT_FAMILIES}; --quick: {QUICK_FAMILIES})",
    )
    parser.add_argument(
        "--runtimes",
        type=lambda v: _names(v, RUNTIMES),
        default=RUNTIMES,
        help="comma-separated: aiogram,ptb (default both)",
    )
    parser.add_argument(
        "--databases",
        type=lambda v: _names(v, DATABASES),
        help="comma-separated: sqlite,postgres (default sqlite, plus postgres when "
        "TEST_DATABASE_URL or --postgres-url is set; --quick: sqlite only)",
    )
    parser.add_argument(
        "--postgres-url",
        help="PostgreSQL for the postgres runs (default TEST_DATABASE_URL); "
        "the runs use a schema of their own that is dropped afterwards",
    )
    parser.add_argument(
        "--seed-conversations",
        type=int,
        help=f"conversations in progress seeded before each intake run (default 10000; --quick: {QUICK_SEED})",
    )
    parser.add_argument(
        "--step-timeout",
        type=float,
        default=120.0,
        help="seconds a family waits for each reply before it counts as a failure (default 120)",
    )
    parser.add_argument(
        "--think-time",
        type=float,
        default=0.0,
        help="seconds each family pauses after every reply (default 0); e.g. 1.2 with a few "
        "families keeps the bot's pacing idle, so latency shows the bot's own processing",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run: {QUICK_FAMILIES} families, the first {QUICK_STEPS} steps of the intake, "
        f"{QUICK_SEED} seeded conversations, SQLite only",
    )
    return parser


def options_from(argv: Sequence[str] | None = None) -> Options:
    """Parse the command line into `Options`."""
    parser = _parser()
    args = parser.parse_args(argv)
    quick = bool(args.quick)
    families = args.families or (QUICK_FAMILIES if quick else DEFAULT_FAMILIES)
    seed = args.seed_conversations
    if seed is None:
        seed = QUICK_SEED if quick else 10_000
    postgres_url = args.postgres_url or os.environ.get("TEST_DATABASE_URL", "").strip() or None
    databases = args.databases
    if databases is None:
        with_postgres = postgres_url and (not quick or args.postgres_url)
        databases = ("sqlite", "postgres") if with_postgres else ("sqlite",)
    if "postgres" in databases and not postgres_url:
        parser.error("postgres needs --postgres-url or TEST_DATABASE_URL")
    if families < 1 or seed < 0 or args.step_timeout <= 0 or args.think_time < 0:
        parser.error(
            "--families must be >= 1, --seed-conversations >= 0, --step-timeout > 0, "
            "--think-time >= 0"
        )
    steps = INTAKE_STEPS[:QUICK_STEPS] if quick else INTAKE_STEPS
    return Options(
        families=families,
        runtimes=tuple(args.runtimes),
        databases=tuple(databases),
        postgres_url=postgres_url,
        seed_conversations=seed,
        steps=tuple(steps),
        step_timeout=float(args.step_timeout),
        think_time=float(args.think_time),
        quick=quick,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    options = options_from(argv)
    started = datetime.now(UTC)
    say(
        f"benchmark: runtimes {','.join(options.runtimes)}; databases {','.join(options.databases)}; "
        f"{options.families} families x {len(options.steps)} updates"
    )
    try:
        runs = asyncio.run(run_benchmark(options))
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    print(render_report(runs, context_lines(options, started)), flush=True)
    return 1 if any(run.error for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
