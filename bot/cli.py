"""The `intakebot` command: run, demo, db upgrade, i18n check.

Errors a person can fix (a bad setting, a missing token) end the program
with one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence

from bot.config import ConfigError, Settings, load_settings

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intakebot", description="CAR-T intake bot")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the Telegram bot (long polling, or --webhook)")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    demo = sub.add_parser("demo", help="the whole bot in the terminal, no token needed")
    demo.add_argument("--user", default="demo", help="keeps a separate conversation per name")
    demo.add_argument("--memory", action="store_true", help="keep nothing on disk")
    db = sub.add_parser("db", help="database tasks")
    db.add_argument("action", choices=["upgrade"])
    i18n = sub.add_parser("i18n", help="translation tasks")
    i18n.add_argument("action", choices=["check"])
    export = sub.add_parser("export", help="print a submitted case as JSON or FHIR R4")
    export.add_argument("case", help="case number, e.g. 42 (or 'questionnaire' with --format fhir)")
    export.add_argument("--format", choices=["json", "fhir"], default="json")
    return parser


async def _demo(settings: Settings, user: str, memory: bool) -> None:
    from bot.bootstrap import build_app
    from bot.terminal import TerminalSession

    app = await build_app(settings, memory=memory)
    try:
        await TerminalSession(app, user).run()
    finally:
        await app.close()


async def _export(settings: Settings, case: str, fmt: str) -> int:
    from bot.bootstrap import build_app
    from bot.handoff.fhir import questionnaire, questionnaire_response

    app = await build_app(settings)
    try:
        if case == "questionnaire" and fmt == "fhir":
            print(json.dumps(questionnaire(app.flow, app.translator), ensure_ascii=False, indent=2))
            return 0
        if not case.lstrip("#").isdigit():
            print("intakebot: give a case number, e.g. intakebot export 42", file=sys.stderr)
            return 2
        async with app.store.transaction() as repo:
            record = await repo.get_case(int(case.lstrip("#")))
        if record is None:
            print(f"intakebot: no case #{case.lstrip('#')}", file=sys.stderr)
            return 1
        snapshot = {k: v for k, v in record.snapshot.items() if k != "card"}
        if fmt == "fhir":
            document = questionnaire_response(app.flow, record.id, snapshot)
        else:
            document = {
                "case": record.id,
                "status": record.status,
                "assignee": record.assignee,
                **snapshot,
            }
        print(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        return 0
    finally:
        await app.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        if args.command == "demo":
            asyncio.run(_demo(settings, args.user, args.memory))
        elif args.command == "db":
            from storage.migrate import upgrade

            upgrade(settings.database_url)
            print("database is up to date")
        elif args.command == "i18n":
            from bot.i18n_check import check_all

            problems = check_all()
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                return 1
            print("all catalogs are complete")
        elif args.command == "export":
            return asyncio.run(_export(settings, args.case, args.format))
        elif args.command == "run":
            from bot.telegram.launch import launch

            return launch(settings, webhook=args.webhook)
    except ConfigError as error:
        print(f"intakebot: configuration error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
