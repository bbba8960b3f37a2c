"""Where a portfolio lives: a file, or a server address. An address may be pasted as the
server's documentation writes it (``postgresql://``, ``postgres://``); its password is never
shown."""

from __future__ import annotations

import re

SERVER_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")
"""How a server address may begin (all mean PostgreSQL through psycopg 3, the driver shipped)."""


def is_server(location: str) -> bool:
    return "://" in location


def server_url(text: str) -> str:
    """The address SQLAlchemy opens: ``postgres://`` and ``postgresql://`` become
    ``postgresql+psycopg://``."""
    for scheme in ("postgresql://", "postgres://"):
        if text.startswith(scheme):
            return "postgresql+psycopg://" + text[len(scheme) :]
    return text


def masked(text: str) -> str:
    """An address (or a message holding one) as it may be shown: never its password."""
    return re.sub(r"(://[^:/@\s]+):[^@/\s]*@", r"\1:***@", text)
