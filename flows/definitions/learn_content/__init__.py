"""Educational content: dual-target CD19+CD22 CAR-T for relapsed B-ALL.

Plain data only. Every user-visible string is a msgid wrapped in `N_(...)` as a
single literal (adjacent literals inside one call are joined by Python and by
Babel's extractor), so `pybabel extract -k N_` picks it up.

Source of truth: the project fact sheet (`content/facts.md`). Every figure keeps
the qualifier it has there ("about", "roughly", "in the largest series", n=...).
Texts are Telegram HTML: only <b> and <i>; a literal &, < or > must be escaped.

Rules for editors (enforced by tests/unit/test_learn_content.py):
- no medical advice, no statement that someone is or is not eligible, and no
  figure presented as a promise;
- every number must be in the test's allow-list (taken from the fact sheet);
- never put "{" or "}" in a text, and never let "%" read as a printf
  placeholder (e.g. "40% of"), or Babel flags the msgid as python-format.
"""

from __future__ import annotations

from flows.definitions.learn_content.faq import FAQ
from flows.definitions.learn_content.glossary import DISCLAIMER, GLOSSARY
from flows.definitions.learn_content.models import Page, Term
from flows.definitions.learn_content.pages import PAGES

__all__ = ["DISCLAIMER", "FAQ", "GLOSSARY", "PAGES", "Page", "Term"]
