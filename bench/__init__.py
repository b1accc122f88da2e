"""The benchmark: the real bot (both runtimes, SQLite and PostgreSQL) against
the in-project Bot API emulator, next to bare aiogram / python-telegram-bot
echo bots. It prints figures; it never fails on a missed aim.

Run with ``.venv/bin/python -m bench`` (``make bench``); ``--help`` lists the
options, ``--quick`` is a short smoke run.
"""
