"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl in a temp dir, on loopback.

``.ci/run`` starts one before ``make test`` and passes its address in ``CASEFILE_TEST_PG``
(with ``CASEFILE_REQUIRE_PG=1``: there, no server is a failure, never a skip). Without it, the
tests start their own (:func:`start`) when Debian's ``postgresql`` package is installed, and
skip the PostgreSQL half of the suite with the reason otherwise.

initdb refuses to run as root; as root the server runs as the ``postgres`` user the package
creates, on a data folder that user owns. Run alone (``python tests/pg_server.py start DIR``)
it prints the server's URL, for ``.ci/run``; ``stop DIR`` stops it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

SUPERUSER = "casefile"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or in Debian's versioned folder."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start(folder: Path) -> str:
    """Create a cluster in ``folder`` and start it on a free loopback port; its URL."""
    binaries = bindir()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    data = folder / "data"
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",  # loopback only, a throwaway cluster
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
        text=True,
    )
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories='{folder}' "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        text=True,
    )
    return f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"


def stop(folder: Path) -> None:
    binaries = bindir()
    if binaries is None or not (folder / "data").is_dir():
        return
    subprocess.run(
        _as_server_user(
            [str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"]
        ),
        check=False,
        capture_output=True,
    )


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    else:
        stop(where)
