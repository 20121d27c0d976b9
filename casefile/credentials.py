"""A team library's password: never in Casefile's settings, never in a file of its own.

libpq's own mechanisms come first and need nothing from Casefile: ``~/.pgpass``
(``host:port:database:user:password``), a ``service=`` from ``pg_service.conf``, or
``PGPASSWORD`` in the environment. Failing those, the analyst may keep the password in the
system's keyring (Keychain, Windows Credential Locker, Secret Service) through the ``keyring``
package; where none is available, :func:`remember` says so in a sentence.

The keyring is asked only for a ``postgresql://`` address written without a password; the
address it is kept under is the library's, password left out.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy.engine import URL, make_url

from casefile.errors import LibraryError

log = logging.getLogger(__name__)

SERVICE = "Casefile team library"


def account(url: str | URL) -> str:
    """The address a password is kept under: the URL without its password or driver."""
    parsed = make_url(url).set(drivername="postgresql", password=None)
    return parsed.render_as_string(hide_password=False)


def remember(url: str | URL, password: str) -> None:
    """Keep ``password`` for the library at ``url`` in the system keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(url), password)
    except (KeyringError, RuntimeError) as exc:  # NoKeyringError is both
        raise LibraryError(key="no_keyring") from exc


def forget(url: str | URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # Nothing kept, or no keyring: nothing to forget.
    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(SERVICE, account(url))


def password_for(url: str | URL) -> str | None:
    """The password the keyring keeps for ``url``, or None (no keyring, none kept)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(url))
    except (KeyringError, RuntimeError) as exc:
        log.debug("No keyring to ask for %s: %s", account(url), exc)
        return None
