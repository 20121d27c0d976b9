"""What the core says, in the reader's language: the one place ``ui/`` turns an error into a
sentence.

The core's errors keep an English sentence (``str(error)``) and, where raised with one, a
message key and its parameters (see ``casefile/errors.py``). ``describe(error)`` says that
sentence in the interface's language: the key's sentence below, translated under the
"Messages" context, filled in with the parameters. A parameter that is itself a core error is
described in turn (a restore that failed, then a library that would not reopen); any other
(a file name, the operating system's words) is a detail shown as it is. An error without a
known key, or whose translation does not fit its parameters, is said in English as raised.

Each sentence here is the core's English sentence for its key, word for word (a test holds
them together), so that ``pyside6-lupdate`` finds every one and an English interface says
exactly what the command line does.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from casefile.errors import CasefileError
from ui.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "Messages"

SENTENCES: dict[str, str] = {
    "unsupported_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{name}: Casefile cannot read {suffix} files; it reads {kinds}"
    ),
    "unsupported_no_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{name}: Casefile cannot read files without an extension; it reads {kinds}"
    ),
    "is_folder": QT_TRANSLATE_NOOP("Messages", "{name}: this is a folder, not a file"),
    "file_gone": QT_TRANSLATE_NOOP("Messages", "{name}: the file no longer exists"),
    "file_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "{name}: Casefile is not allowed to read this file"
    ),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "{name}: the file cannot be read ({detail})"),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "{name}: the file is empty"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the file is {size:.1f} MB; Casefile reads files of this kind up to {limit} MB",
    ),
    "not_a_web_address": QT_TRANSLATE_NOOP("Messages", "{address}: this is not a web address"),
    "empty_link": QT_TRANSLATE_NOOP("Messages", "The dropped link: this is not a web address"),
    "no_text": QT_TRANSLATE_NOOP(
        "Messages", "{name}: there is no text in it (empty or only blank space)"
    ),
    "binary_file": QT_TRANSLATE_NOOP("Messages", "{name}: this looks like a binary file, not text"),
    "damaged_encoding": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the file claims to be {codec} but is damaged"
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the text encoding could not be recognised; save it as UTF-8 and try again",
    ),
    "docx_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this is not a Word document that can be read ({detail})"
    ),
    "not_docx": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this is not a .docx file (an old .doc? save it as .docx and try again)"
    ),
    "zip_not_word": QT_TRANSLATE_NOOP("Messages", "{name}: this zip file is not a Word document"),
    "docx_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the document unpacks to more than Casefile reads"
    ),
    "eml_no_headers": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this is not an e-mail message (no headers)"
    ),
    "eml_damaged": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the e-mail is damaged and cannot be read ({detail})"
    ),
    "eml_empty": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the e-mail has no text and no article attached"
    ),
    "pdf_damaged": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the PDF is damaged and cannot be read ({detail})"
    ),
    "scan_no_text": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: no text could be read in the scanned pages",
    ),
    "ocr_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: reading text in pictures needs Tesseract with its Spanish and English data, "
        "which is not installed (on Debian or Ubuntu: apt install tesseract-ocr "
        "tesseract-ocr-spa tesseract-ocr-eng)",
    ),
    "ocr_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: Tesseract could not read the page ({detail})",
    ),
    "image_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the picture is too large to open safely (more than 90 megapixels)",
    ),
    "image_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the file is not a picture Casefile can open, or it is damaged",
    ),
    "image_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the picture is damaged or cut short and cannot be read ({detail})",
    ),
    "pdf_encryption": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the PDF is encrypted in a way Casefile cannot open; "
        "save an unprotected copy and try again",
    ),
    "pdf_password": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the PDF is password-protected; save an unprotected copy and try again"
    ),
    "duplicate_in_case": QT_TRANSLATE_NOOP(
        "Messages", "{name}: already in this case as “{shown}”."
    ),
    "duplicate_in_library": QT_TRANSLATE_NOOP("Messages", "{name}: already in the library."),
    "file_not_stored": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: cannot store the file in the library {folder} ({detail}); the import stopped.",
    ),
    "source_refused": QT_TRANSLATE_NOOP("Messages", "{name}: {problem}"),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk holding the library {folder} is full; nothing was saved."
    ),
    "library_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The library {folder} is read-only; nothing was saved."
    ),
    "library_read_only_or_failed": QT_TRANSLATE_NOOP(
        "Messages", "The library {folder} is read-only (or its disk failed); nothing was saved."
    ),
    "library_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "The library {folder} is open in another Casefile window. "
        "Close that window first, or open a different library.",
    ),
    "library_in_use_pid": QT_TRANSLATE_NOOP(
        "Messages",
        "The library {folder} is open in another Casefile window (pid {pid}). "
        "Close that window first, or open a different library.",
    ),
    "cannot_open_library": QT_TRANSLATE_NOOP(
        "Messages", "Cannot open the library at {url}: {detail}"
    ),
    "no_library": QT_TRANSLATE_NOOP("Messages", "There is no library in {folder} (no {database})."),
    "cannot_create_library": QT_TRANSLATE_NOOP(
        "Messages", "Cannot create the library folder {folder}: {detail}"
    ),
    "older_read_only_library": QT_TRANSLATE_NOOP(
        "Messages",
        "The library at {url} is read-only and was made by an older Casefile; "
        "open it once where it can be written so that it can be upgraded.",
    ),
    "library_suspended": QT_TRANSLATE_NOOP(
        "Messages", "The library {folder} is closed while its database is replaced."
    ),
    "library_not_reopened": QT_TRANSLATE_NOOP(
        "Messages", "The library {folder} is closed: it could not be opened again."
    ),
    "bad_team_url": QT_TRANSLATE_NOOP(
        "Messages",
        "{url}: this is not a team library's address; write it as "
        "postgresql://user@server/database",
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "Messages",
        "This computer has no keyring Casefile can use, so the password is not kept. "
        "Put it in ~/.pgpass (server:port:database:user:password) or a pg_service.conf "
        "service, and Casefile will find it there.",
    ),
    "conflict_parent_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "This item cannot be put back: the case or event it belonged to has been deleted.",
    ),
    "case_needs_title": QT_TRANSLATE_NOOP("Messages", "A case needs a title."),
    "no_case": QT_TRANSLATE_NOOP("Messages", "No case with id {case_id}."),
    "ambiguous_case": QT_TRANSLATE_NOOP(
        "Messages", "Several cases are titled {reference!r} (ids {ids}); use the id."
    ),
    "no_case_named": QT_TRANSLATE_NOOP(
        "Messages", "No case with id or title {reference!r}; see 'casefile case list'."
    ),
    "no_item": QT_TRANSLATE_NOOP("Messages", "No {kind} with id {item_id}."),
    "edited_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this while you were editing it. It now shows their "
        "version; make your change again if it still stands.",
    ),
    "search_needs_name": QT_TRANSLATE_NOOP("Messages", "A saved search needs a name."),
    "search_needs_query": QT_TRANSLATE_NOOP(
        "Messages", "There is nothing to save: the search is empty."
    ),
    "saved_search_exists": QT_TRANSLATE_NOOP(
        "Messages", "A saved search is already named {name!r}."
    ),
    "saved_search_gone": QT_TRANSLATE_NOOP(
        "Messages", "This saved search is no longer there (deleted elsewhere?)."
    ),
    "glossary_needs_both": QT_TRANSLATE_NOOP(
        "Messages", "“{term}” needs its form in the other language too."
    ),
    "no_saved_search_named": QT_TRANSLATE_NOOP(
        "Messages", "No saved search named {name!r}; see 'casefile search --saved'."
    ),
    "no_field": QT_TRANSLATE_NOOP("Messages", "A {kind} has no field {field!r}."),
    "merge_itself": QT_TRANSLATE_NOOP("Messages", "Event {item_id} cannot be merged into itself."),
    "merge_across_cases": QT_TRANSLATE_NOOP(
        "Messages", "Event {item_id} belongs to another case; events merge within one case."
    ),
    "split_only_link": QT_TRANSLATE_NOOP(
        "Messages", "Event {item_id} stands on one source only; there is nothing to split off."
    ),
    "not_same_as": QT_TRANSLATE_NOOP(
        "Messages", "Event {item_id} is not proposed as the same as another event."
    ),
    "unknown_kind": QT_TRANSLATE_NOOP("Messages", "Unknown item kind {kind!r}."),
    "source_not_in_case": QT_TRANSLATE_NOOP(
        "Messages", "Source {source_id} is not in case {case_id}."
    ),
    "backup_not_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "Backups are made of SQLite libraries; back up the server instead."
    ),
    "restore_not_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "Backups are restored into SQLite libraries only."
    ),
    "library_open_for_restore": QT_TRANSLATE_NOOP(
        "Messages",
        "The library {folder} is open (in this or another Casefile process); "
        "close it before restoring a backup.",
    ),
    "cannot_restore": QT_TRANSLATE_NOOP("Messages", "Cannot restore {name}: {detail}"),
    "restored_not_reopened": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup was restored; the state before it is kept as {name}.\n\n"
        "The library could not be opened again: {detail}",
    ),
    "restore_failed_not_reopened": QT_TRANSLATE_NOOP(
        "Messages", "{problem}\n\nThe library could not be opened again: {detail}"
    ),
    "no_backup_file": QT_TRANSLATE_NOOP("Messages", "{name}: there is no such backup file."),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this is not a Casefile backup ({detail})."
    ),
    "backup_damaged": QT_TRANSLATE_NOOP("Messages", "{name}: the backup is damaged ({detail})."),
    "backup_not_library": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this database is not a Casefile library."
    ),
    "backup_newer": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the backup was made by a newer Casefile (schema {version})."
    ),
    "backup_folder_unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the backup to {folder}: {detail}"
    ),
    "backup_unwritable": QT_TRANSLATE_NOOP("Messages", "Cannot write the backup {path}: {detail}"),
    "bundle_unwritable": QT_TRANSLATE_NOOP("Messages", "Cannot write the bundle {path}: {detail}"),
    "source_file_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The file of source “{title}” is missing from the library ({file}); "
        "restore it before exporting.",
    ),
    "bundle_file_not_stored": QT_TRANSLATE_NOOP(
        "Messages", "Cannot store {member} in the library: {detail}"
    ),
    "actor_vanished": QT_TRANSLATE_NOOP(
        "Messages", "The actor {name!r} vanished during the import."
    ),
    "bundle_not_zip": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this is not a Casefile bundle (not a readable zip)."
    ),
    "bundle_too_many_files": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the bundle holds too many files ({count})."
    ),
    "bundle_unsafe_path": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the bundle holds an unsafe path {member!r}; not imported."
    ),
    "bundle_symbolic_link": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the bundle holds a symbolic link {member!r}; not imported."
    ),
    "bundle_encrypted_file": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the bundle holds an encrypted file {member!r}."
    ),
    "bundle_member_twice": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the bundle names {member!r} twice."
    ),
    "bundle_member_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{name}: {member!r} is too large to import."
    ),
    "bundle_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the bundle unpacks to {size:.1f} GB, over the {limit} GB Casefile accepts.",
    ),
    "bundle_no_manifest": QT_TRANSLATE_NOOP(
        "Messages", "{name}: this is not a Casefile bundle (no {manifest})."
    ),
    "bundle_lacks_member": QT_TRANSLATE_NOOP("Messages", "{name}: the bundle lacks {member!r}."),
    "bundle_member_damaged": QT_TRANSLATE_NOOP(
        "Messages", "{name}: {member!r} is damaged ({detail})."
    ),
    "manifest_not_json": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest is not valid JSON ({detail})."
    ),
    "not_a_bundle": QT_TRANSLATE_NOOP("Messages", "{name}: this is not a Casefile bundle."),
    "bundle_version": QT_TRANSLATE_NOOP(
        "Messages", "{name}: bundle version {version!r}; this Casefile reads version {supported}."
    ),
    "manifest_no_case": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest does not identify its case."
    ),
    "manifest_source_twice": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest lists a source twice."
    ),
    "manifest_bad_hash": QT_TRANSLATE_NOOP(
        "Messages", "{name}: a source has no valid content hash."
    ),
    "manifest_file_outside": QT_TRANSLATE_NOOP(
        "Messages", "{name}: a source's file {file!r} is not under {prefix}."
    ),
    "manifest_unknown_source": QT_TRANSLATE_NOOP(
        "Messages", "{name}: an item of {kind} refers to a source the bundle lacks."
    ),
    "manifest_image_outside": QT_TRANSLATE_NOOP(
        "Messages", "{name}: a caption's image {image!r} is not under {prefix}."
    ),
    "manifest_actor_key_twice": QT_TRANSLATE_NOOP("Messages", "{name}: two actors share a key."),
    "manifest_unknown_actor": QT_TRANSLATE_NOOP(
        "Messages", "{name}: an item refers to an actor the bundle lacks."
    ),
    "manifest_lists_missing": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest lists {member!r}, which is not in it."
    ),
    "bundle_file_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{name}: {member!r} does not match its source (damaged?)."
    ),
    "manifest_bad_field": QT_TRANSLATE_NOOP(
        "Messages", "{name}: a {what} has a bad {field}: {detail}."
    ),
    "manifest_not_object": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest's {what} is not an object."
    ),
    "manifest_not_list": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest's {what} is not a list."
    ),
    "manifest_bad_key": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest holds a key that is not a number: {value!r}."
    ),
    "manifest_bad_tags": QT_TRANSLATE_NOOP(
        "Messages", "{name}: the manifest holds tags that are not a list of text."
    ),
    "brief_unwritable": QT_TRANSLATE_NOOP("Messages", "{path}: cannot write the brief ({detail})."),
    "brief_failed": QT_TRANSLATE_NOOP("Messages", "The brief could not be built: {detail}"),
}


def describe(error: BaseException) -> str:
    """The sentence to show for ``error``, in the interface's language where it has a key."""
    if not isinstance(error, CasefileError):
        return str(error)
    return say(error.key, error.params) or str(error)


def say(key: str, params: Mapping[str, object]) -> str | None:
    """The sentence of ``key`` translated and filled in; None for an unknown key (or a
    translation that does not fit its parameters)."""
    source = SENTENCES.get(key)
    if source is None:
        return None
    template = QCoreApplication.translate(CONTEXT, source)
    values = {
        name: describe(value) if isinstance(value, CasefileError) else value
        for name, value in params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("The translation of message %r does not fit its parameters", key)
        return None
