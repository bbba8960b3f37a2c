"""The Drenthe demo on the test PostgreSQL server, with logins made per test: the roles'
tests log in as each of them (``server``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from fieldlab_desk.domain.access import Role
from fieldlab_desk.services.access import grant_access
from fieldlab_desk.services.portfolio import Portfolio, open_portfolio
from fieldlab_desk.services.transfer import copy_portfolio


@pytest.fixture
def server(postgres_url: str, demo_path: Path) -> Iterator[Server]:
    copy_portfolio(str(demo_path), postgres_url)
    made = Server(postgres_url)
    yield made
    made.drop_logins()


class Server:
    """The demo on a server, and logins made for a test (named after its database: logins are
    the whole server's)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.database = url.split("?")[0].split("/")[-1]
        self.logins: list[str] = []
        with self.owner() as portfolio, portfolio.session() as session:
            self.codes = dict(session.execute(text("SELECT code, id FROM project")).all())

    def owner(self) -> Portfolio:
        return open_portfolio(self.url, user="Beheer")

    def login(self, who: str, role: Role | None, *projects: str) -> str:
        login = f"{who}_{self.database}"
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        admin.dispose()
        self.logins.append(login)
        if role is not None:
            with self.owner() as portfolio, portfolio.session() as session, session.begin():
                grant_access(login, role, projects, session=session)
        return login

    def url_of(self, login: str) -> str:
        return self.url.replace("fieldlab@", f"{login}@")

    def open_as(self, login: str, name: str = "") -> Portfolio:
        return open_portfolio(self.url_of(login), user=name or login)

    def sql_as(self, login: str) -> Any:
        """A plain psycopg connection as ``login``: SQL the app would never send."""
        import psycopg

        plain = self.url_of(login).replace("postgresql+psycopg://", "postgresql://")
        return psycopg.connect(plain, autocommit=True)

    def drop_logins(self) -> None:
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for login in self.logins:
                connection.execute(text(f'DROP OWNED BY "{login}"'))
                connection.execute(text(f'DROP ROLE "{login}"'))
        admin.dispose()
