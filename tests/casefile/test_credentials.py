"""A team library's password is kept by the system keyring or by libpq, never by Casefile."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from casefile import credentials
from casefile.errors import LibraryError
from casefile.library import make_engine

URL = "postgresql://analista@casefile.example.org:5433/seguridad"


class MemoryKeyring(KeyringBackend):
    """A keyring of the keyring package's own kind, kept in memory for the test (the
    desktop ones need a session bus and an unlocked login keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what a machine without one has (this one, CI)
    yield
    keyring.set_keyring(previous)


def test_a_kept_password_is_used_for_the_address_it_was_kept_for(
    memory_keyring: MemoryKeyring,
) -> None:
    credentials.remember(URL, "s3cr3t:/@")
    # kept under the address without its password or driver
    assert memory_keyring.kept == {
        (credentials.SERVICE, "postgresql://analista@casefile.example.org:5433/seguridad"): (
            "s3cr3t:/@"
        )
    }
    engine = make_engine(URL.replace("postgresql://", "postgresql+psycopg://"))
    assert engine.url.password == "s3cr3t:/@"
    assert make_engine(URL.replace("seguridad", "otra")).url.password is None
    credentials.forget(URL)
    assert credentials.password_for(URL) is None


def test_without_a_keyring_the_analyst_is_told_where_a_password_can_go(no_keyring: None) -> None:
    with pytest.raises(LibraryError, match=r"no keyring .* ~/\.pgpass"):
        credentials.remember(URL, "s3cr3t")
    assert credentials.password_for(URL) is None
    credentials.forget(URL)  # nothing to forget: no error
    assert make_engine(URL).url.password is None  # libpq's .pgpass or PGPASSWORD, then
