"""The real `intakebot demo` console script, driven through a pipe like a
person at a terminal: a whole intake to a submitted case, a SIGKILL in the
middle and a restart, separate users, and a bad DATABASE_URL.

Each answer is sent only after the reply to the previous one was printed,
so every answer written was acknowledged (committed) by the demo.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

INTAKEBOT = Path(sys.executable).with_name("intakebot")
HINTS = (
    "(Type the number of your choice, or type your answer. /help shows the commands.)",
    "(Type your number, or the letter of a choice. /help shows the commands.)",
)
BYE = "Your answers are saved. Run the demo again to continue where you left off."
TIMEOUT = 20.0


class Type(str):
    """Typed text (not a button)."""


# The no-prior-CAR-T path: a distinctive part of each question, and what to do
# (a plain str presses the button with that label).
# Dates are in 2024 so the path stays valid whatever year the clock says.
PATH: list[tuple[str, list[str]]] = [
    ("Please choose your language.", ["English"]),
    ("We are a medical-travel service.", ["Continue »"]),
    ("not medical advice", ["Continue »"]),
    ("May we keep your answers?", ["I agree"]),
    ("May we share the case with hospitals?", ["I agree"]),
    ("Who is writing to us?", ["A parent or guardian"]),
    ("In which country does the patient live now?", [Type("Uzbekistan")]),
    ("What is your name?", [Type("Dilnoza")]),
    ("how else can we reach you?", ["Only here in Telegram"]),
    ("How old is the patient, in years?", [Type("9")]),
    ("What does the patient weigh", [Type("31.5")]),
    ("What is the diagnosis", ["B-cell acute lymphoblastic leukaemia (B-ALL)"]),
    ("When was the leukaemia first diagnosed?", [Type("03/2024")]),
    ("Philadelphia chromosome", ["Ph-negative (not found)"]),
    ("any of these genetic changes?", ["None that I know of", "Done ✓"]),
    ("Where is the leukaemia now?", ["It came back for the first time"]),
    ("When did the leukaemia last come back?", [Type("10/2024")]),
    ("spinal fluid (CNS status)?", ["No, none found (CNS1)"]),
    ("outside the bone marrow and blood?", ["No", "Done ✓"]),
    ("percentage of blasts, type it", [Type("12,5")]),
    ("latest MRD result", ["Skip"]),
    ("What does the latest flow cytometry report say about CD19", ["Positive (present)"]),
    ("What does the latest report say about CD22?", ["Dim (weak)"]),
    ("When was the sample for this latest flow cytometry", [Type("11/2024")]),
    ("What was tested?", ["Bone marrow"]),
    ("Please send the flow cytometry report", [Type("{flow_pdf}")]),
    ("blasts that are CD19-positive", ["Skip"]),
    ("blasts that are CD22-positive", ["Skip"]),
    ("number of CD22 sites", ["Skip"]),
    ("How many different treatment courses", [Type("2")]),
    ("What treatment is the patient getting now", ["Skip"]),
    ("ever had blinatumomab", ["No"]),
    ("ever had inotuzumab", ["No"]),
    ("already had CAR-T cell therapy?", ["No"]),
    ("stem-cell (bone-marrow) transplant?", ["No"]),
    ("Which sentence fits the patient best", ["Plays or works normally"]),
    ("Does the patient have an infection now?", ["No"]),
    ("Where is the patient now?", ["At home"]),
    ("Who is the treating doctor", ["Skip"]),
    ("Please send other documents you have", ["I will send it later"]),
    ("Is there anything else the team should know?", [Type("She is brave.")]),
    ("Please check your answers.", ["Send to the coordinators ✓"]),
]


class Demo:
    """One `intakebot demo` process; stdout is read line by line in a thread."""

    def __init__(self, cwd: Path, database_url: str, user: str | None = None) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
        env["DATABASE_URL"] = database_url
        args = [str(INTAKEBOT), "demo", *(["--user", user] if user else [])]
        self.process = subprocess.Popen(
            args,
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.screen: list[str] = []
        self.transcript: list[str] = []

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def reply(self) -> list[str]:
        """Lines up to and including the next question's hint line."""
        lines: list[str] = []
        while True:
            try:
                line = self._lines.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError(f"no reply within {TIMEOUT}s; got {lines}") from None
            if line is None:
                raise AssertionError(f"the demo ended: {lines} / {self.stderr()}")
            lines.append(line)
            self.transcript.append(line)
            if line in HINTS:
                self.screen = lines
                return lines

    def send(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def buttons(self) -> dict[str, str]:
        """Button label -> number, on the current screen."""
        found: dict[str, str] = {}
        for line in self.screen:
            key, sep, label = line.strip().partition(") ")
            if line.startswith("  ") and sep and (key.isdigit() or len(key) == 1):
                found.setdefault(label, key)
        return found

    def do(self, action: str, **paths: str) -> None:
        """Press a button by its label, or type text; no waiting."""
        if isinstance(action, Type):
            self.send(action.format(**paths))
        else:
            labels = self.buttons()
            assert action in labels, f"no button {action!r} in {self.screen}"
            self.send(labels[action])

    def text(self) -> str:
        """The current screen as one string."""
        return "\n".join(self.screen)

    def finish(self) -> list[str]:
        """Close stdin (end of input) and return everything printed after."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        rest: list[str] = []
        while (line := self._lines.get(timeout=TIMEOUT)) is not None:
            rest.append(line)
            self.transcript.append(line)
        assert self.process.wait(timeout=TIMEOUT) == 0, self.stderr()
        return rest

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=TIMEOUT)

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "data" / "demo.db"
    return path, f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def demos() -> Iterator[list[Demo]]:
    started: list[Demo] = []
    yield started
    for demo in started:
        if demo.process.poll() is None:
            demo.kill()
        for pipe in (demo.process.stdin, demo.process.stdout, demo.process.stderr):
            if pipe is not None and not pipe.closed:
                pipe.close()


def start(demos: list[Demo], cwd: Path, url: str, user: str | None = None) -> Demo:
    demo = Demo(cwd, url, user)
    demos.append(demo)
    demo.reply()
    return demo


def walk(demo: Demo, until: str | None = None, limit: int | None = None, **paths: str) -> int:
    """Answer along PATH (one answer, one reply); stop before the question
    containing `until`, or after `limit` answers. Returns answers given."""
    given = 0
    used: set[str] = set()
    while True:
        text = "\n".join(demo.screen)
        if until is not None and until in text:
            return given
        # The latest question first: the review repeats earlier labels.
        match = [(key, actions) for key, actions in reversed(PATH) if key in text]
        assert match, f"unexpected screen: {demo.screen}"
        key, actions = match[0]
        assert key not in used, f"asked again (an answer was refused?): {demo.screen}"
        used.add(key)
        for action in actions:
            demo.do(action, **paths)
            if key == PATH[-1][0]:
                return given + 1  # submitted: no question follows
            demo.reply()
        given += 1
        if limit is not None and given >= limit:
            return given


def query(path: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, args).fetchall()


def stored_answers(path: Path, chat_key: str) -> dict[str, object]:
    rows = query(path, "SELECT field, value FROM answers WHERE chat_key = ?", chat_key)
    return {field: json.loads(value)["value"] for field, value in rows}


def test_a_whole_intake_in_the_terminal(tmp_path: Path, database, demos) -> None:
    path, url = database
    flow_pdf = tmp_path / "flow-report.pdf"
    flow_pdf.write_bytes(b"%PDF-1.4 flow cytometry\n")
    demo = start(demos, tmp_path, url)
    assert "Please choose your language." in demo.text()
    walk(demo, flow_pdf=str(flow_pdf))
    after = demo.finish()
    text = "\n".join(after)
    assert "Thank you. Your case #1 has been sent to our coordinators." in text
    assert "Your consent receipt" in text
    assert after[-1] == BYE

    [(case_id, chat_key, snapshot_json, status)] = query(
        path, "SELECT id, chat_key, snapshot, status FROM intakes"
    )
    assert (case_id, chat_key, status) == (1, "demo:demo", "new")
    answers = json.loads(snapshot_json)["answers"]
    assert answers["country_residence"] == "UZ"
    assert answers["contact_name"] == "Dilnoza"
    assert answers["weight_kg"] == 31.5
    assert answers["marrow_blasts_pct"] == 12.5
    assert answers["prior_lines"] == 2  # typed, not the second button
    assert answers["diagnosis_date"] == "2024-03"
    assert answers["prior_car_t"] == "no" and "car_t" not in answers
    assert answers["free_text_notes"] == "She is brave."
    assert answers["flow_report"][0]["name"] == "flow-report.pdf"
    assert answers["flow_report"][0]["mime"] == "application/pdf"
    assert query(path, "SELECT name, mime_type FROM documents") == [
        ("flow-report.pdf", "application/pdf")
    ]
    assert query(path, "SELECT kind, agreed FROM consents ORDER BY id") == [
        ("consent_store", 1),
        ("consent_share_hospitals", 1),
    ]
    [(state_json,)] = query(path, "SELECT state FROM conversations")
    state = json.loads(state_json)
    assert (state["mode"], state["case_id"]) == ("done", 1)
    [(coordinators,)] = query(path, "SELECT payload FROM outbox WHERE target = 'coordinators'")
    assert json.loads(coordinators)["effects"][0]["snapshot"]["case_id"] == 1
    # Everything the family was shown is marked delivered.
    assert query(path, "SELECT count(*) FROM outbox WHERE target = 'family' AND status != 'delivered'") == [(0,)]  # fmt: skip


def test_killed_mid_intake_resumes_at_the_same_question(tmp_path: Path, database, demos) -> None:
    path, url = database
    demo = start(demos, tmp_path, url, user="kill-me")
    assert walk(demo, limit=8) == 8
    shown = demo.screen
    assert "how else can we reach you?" in demo.text()
    demo.kill()
    assert demo.process.returncode == -signal.SIGKILL

    answers = stored_answers(path, "demo:kill-me")
    assert set(answers) == {
        "language", "about", "disclaimer", "consent_store", "consent_share_hospitals",
        "contact_role", "country_residence", "contact_name",
    }  # fmt: skip
    assert answers["country_residence"] == "UZ"
    assert answers["contact_name"] == "Dilnoza"

    again = start(demos, tmp_path, url, user="kill-me")
    assert again.screen == shown
    walk(again, limit=1)  # and the intake goes on from there
    assert "How old is the patient" in again.text()
    again.finish()
    assert stored_answers(path, "demo:kill-me")["preferred_contact"] == "telegram"


def test_each_user_has_a_separate_conversation(tmp_path: Path, database, demos) -> None:
    path, url = database
    alice = start(demos, tmp_path, url, user="alice")
    walk(alice, limit=3)
    assert "May we keep your answers?" in alice.text()
    alice.finish()

    bob = start(demos, tmp_path, url, user="bob")
    assert "Please choose your language." in bob.text()
    walk(bob, limit=1)
    bob.finish()

    alice = start(demos, tmp_path, url, user="alice")
    assert "May we keep your answers?" in alice.text()
    alice.finish()
    keys = {key for (key,) in query(path, "SELECT chat_key FROM conversations")}
    assert keys == {"demo:alice", "demo:bob"}
    assert set(stored_answers(path, "demo:alice")) == {"language", "about", "disclaimer"}
    assert set(stored_answers(path, "demo:bob")) == {"language"}


@pytest.mark.parametrize(
    ("url", "reason"),
    [("not a database url", "cannot parse it"), ("mysql://bot@db/intake", "unsupported database")],
    ids=["unparsable", "unsupported"],
)
def test_a_malformed_database_url_is_one_line_and_exit_2(tmp_path: Path, url, reason) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BOT_TOKEN"}
    env["DATABASE_URL"] = url
    done = subprocess.run(
        [str(INTAKEBOT), "demo"],
        cwd=tmp_path,
        env=env,
        input="1\n",
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("intakebot: configuration error: DATABASE_URL: ")
    assert reason in lines[0]
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert not (tmp_path / "data").exists()
