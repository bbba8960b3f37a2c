"""Rules for text a user types into one-line fields (codes, titles, names).

A one-line field holds at most its column's length and no control characters (a tab, a
newline or a NUL pasted from elsewhere would break tables, exports and the CLI's output).
Everything else — right-to-left text, emoji, accents, a leading ``=`` — is the user's text and
is kept exactly as typed.
"""

from __future__ import annotations

import unicodedata

from fieldlab_desk.domain.errors import ValidationError

LIMITS = {"code": 40, "title": 300, "name": 200}


def line_problems(field: str, text: str) -> list[ValidationError]:
    """What is wrong with ``text`` for the one-line ``field`` (empty when it may be saved)."""
    limit = LIMITS.get(field)
    problems = []
    if limit is not None and len(text) > limit:
        problems.append(
            ValidationError("validation.too_long", field=field, limit=limit, length=len(text))
        )
    if any(unicodedata.category(character) == "Cc" for character in text):
        problems.append(ValidationError("validation.control_characters", field=field))
    return problems
