"""Errors the core raises; every message is one a person can act on.

An error's message is an English sentence (``str(error)``), for the command line and the log.
Raised with a message key, it also carries the key and its parameters, so that an interface
can say the same sentence in its reader's language::

    raise UnreadableFileError(key="file_empty", name="notas.txt")
    # str(error) == "notas.txt: the file is empty"; error.key, error.params as given

``MESSAGES`` holds each key's English sentence; ``ui/messages.py`` holds the same sentences
marked for translation. A parameter that is itself a CasefileError is a sentence of its own,
said in the reader's language in turn; any other parameter is a detail (a file name, the
operating system's words) shown as it is. An error raised with a sentence and no key is still
an error, said in English everywhere.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # Reading a dropped file (casefile/ingest)
    "unsupported_suffix": "{name}: Casefile cannot read {suffix} files; it reads {kinds}",
    "unsupported_no_suffix": (
        "{name}: Casefile cannot read files without an extension; it reads {kinds}"
    ),
    "is_folder": "{name}: this is a folder, not a file",
    "file_gone": "{name}: the file no longer exists",
    "file_forbidden": "{name}: Casefile is not allowed to read this file",
    "file_unreadable": "{name}: the file cannot be read ({detail})",
    "file_empty": "{name}: the file is empty",
    "file_too_large": (
        "{name}: the file is {size:.1f} MB; Casefile reads files of this kind up to {limit} MB"
    ),
    "not_a_web_address": "{address}: this is not a web address",
    "empty_link": "The dropped link: this is not a web address",
    "no_text": "{name}: there is no text in it (empty or only blank space)",
    "binary_file": "{name}: this looks like a binary file, not text",
    "damaged_encoding": "{name}: the file claims to be {codec} but is damaged",
    "unknown_encoding": (
        "{name}: the text encoding could not be recognised; save it as UTF-8 and try again"
    ),
    "docx_unreadable": "{name}: this is not a Word document that can be read ({detail})",
    "not_docx": ("{name}: this is not a .docx file (an old .doc? save it as .docx and try again)"),
    "zip_not_word": "{name}: this zip file is not a Word document",
    "docx_too_large": "{name}: the document unpacks to more than Casefile reads",
    "eml_no_headers": "{name}: this is not an e-mail message (no headers)",
    "eml_damaged": "{name}: the e-mail is damaged and cannot be read ({detail})",
    "eml_empty": "{name}: the e-mail has no text and no article attached",
    "pdf_damaged": "{name}: the PDF is damaged and cannot be read ({detail})",
    "scan_no_text": "{name}: no text could be read in the scanned pages",
    "ocr_missing": (
        "{name}: reading text in pictures needs Tesseract with its Spanish and English data, "
        "which is not installed (on Debian or Ubuntu: apt install tesseract-ocr "
        "tesseract-ocr-spa tesseract-ocr-eng)"
    ),
    "ocr_failed": "{name}: Tesseract could not read the page ({detail})",
    "image_too_large": "{name}: the picture is too large to open safely (more than 90 megapixels)",
    "image_unknown": "{name}: the file is not a picture Casefile can open, or it is damaged",
    "image_damaged": "{name}: the picture is damaged or cut short and cannot be read ({detail})",
    "pdf_encryption": (
        "{name}: the PDF is encrypted in a way Casefile cannot open; "
        "save an unprotected copy and try again"
    ),
    "pdf_password": (
        "{name}: the PDF is password-protected; save an unprotected copy and try again"
    ),
    # Importing (casefile/importer.py)
    "duplicate_in_case": "{name}: already in this case as “{shown}”.",
    "duplicate_in_library": "{name}: already in the library.",
    "file_not_stored": (
        "{name}: cannot store the file in the library {folder} ({detail}); the import stopped."
    ),
    "source_refused": "{name}: {problem}",
    # Writing the library (casefile/storage.py) and who has it (casefile/lock.py)
    "disk_full": "The disk holding the library {folder} is full; nothing was saved.",
    "library_read_only": "The library {folder} is read-only; nothing was saved.",
    "library_read_only_or_failed": (
        "The library {folder} is read-only (or its disk failed); nothing was saved."
    ),
    "library_in_use": (
        "The library {folder} is open in another Casefile window. "
        "Close that window first, or open a different library."
    ),
    "library_in_use_pid": (
        "The library {folder} is open in another Casefile window (pid {pid}). "
        "Close that window first, or open a different library."
    ),
    # The library and its items (casefile/library.py, casefile/source_removal.py)
    "cannot_open_library": "Cannot open the library at {url}: {detail}",
    "no_library": "There is no library in {folder} (no {database}).",
    "cannot_create_library": "Cannot create the library folder {folder}: {detail}",
    "older_read_only_library": (
        "The library at {url} is read-only and was made by an older Casefile; "
        "open it once where it can be written so that it can be upgraded."
    ),
    "library_suspended": "The library {folder} is closed while its database is replaced.",
    "library_not_reopened": "The library {folder} is closed: it could not be opened again.",
    "bad_team_url": (
        "{url}: this is not a team library's address; write it as postgresql://user@server/database"
    ),
    "no_keyring": (
        "This computer has no keyring Casefile can use, so the password is not kept. "
        "Put it in ~/.pgpass (server:port:database:user:password) or a pg_service.conf "
        "service, and Casefile will find it there."
    ),
    "conflict_parent_gone": (
        "This item cannot be put back: the case or event it belonged to has been deleted."
    ),
    "case_needs_title": "A case needs a title.",
    "no_case": "No case with id {case_id}.",
    "ambiguous_case": "Several cases are titled {reference!r} (ids {ids}); use the id.",
    "no_case_named": "No case with id or title {reference!r}; see 'casefile case list'.",
    "no_item": "No {kind} with id {item_id}.",
    "edited_elsewhere": (
        "Someone else changed this while you were editing it. It now shows their "
        "version; make your change again if it still stands."
    ),
    "search_needs_name": "A saved search needs a name.",
    "search_needs_query": "There is nothing to save: the search is empty.",
    "saved_search_exists": "A saved search is already named {name!r}.",
    "saved_search_gone": "This saved search is no longer there (deleted elsewhere?).",
    "glossary_needs_both": "“{term}” needs its form in the other language too.",
    "no_saved_search_named": "No saved search named {name!r}; see 'casefile search --saved'.",
    "no_field": "A {kind} has no field {field!r}.",
    "unknown_kind": "Unknown item kind {kind!r}.",
    "source_not_in_case": "Source {source_id} is not in case {case_id}.",
    # One event, many sources (casefile/consolidate.py)
    "merge_itself": "Event {item_id} cannot be merged into itself.",
    "merge_across_cases": "Event {item_id} belongs to another case; events merge within one case.",
    "split_only_link": (
        "Event {item_id} stands on one source only; there is nothing to split off."
    ),
    "not_same_as": "Event {item_id} is not proposed as the same as another event.",
    # Backups and restoring one (casefile/backup.py)
    "backup_not_sqlite": "Backups are made of SQLite libraries; back up the server instead.",
    "restore_not_sqlite": "Backups are restored into SQLite libraries only.",
    "library_open_for_restore": (
        "The library {folder} is open (in this or another Casefile process); "
        "close it before restoring a backup."
    ),
    "cannot_restore": "Cannot restore {name}: {detail}",
    "restored_not_reopened": (
        "The backup was restored; the state before it is kept as {name}.\n\n"
        "The library could not be opened again: {detail}"
    ),
    "restore_failed_not_reopened": ("{problem}\n\nThe library could not be opened again: {detail}"),
    "no_backup_file": "{name}: there is no such backup file.",
    "not_a_backup": "{name}: this is not a Casefile backup ({detail}).",
    "backup_damaged": "{name}: the backup is damaged ({detail}).",
    "backup_not_library": "{name}: this database is not a Casefile library.",
    "backup_newer": "{name}: the backup was made by a newer Casefile (schema {version}).",
    "backup_folder_unwritable": "Cannot write the backup to {folder}: {detail}",
    "backup_unwritable": "Cannot write the backup {path}: {detail}",
    # Case bundles (casefile/bundle.py, casefile/bundle_format.py)
    "bundle_unwritable": "Cannot write the bundle {path}: {detail}",
    "source_file_missing": (
        "The file of source “{title}” is missing from the library ({file}); "
        "restore it before exporting."
    ),
    "bundle_file_not_stored": "Cannot store {member} in the library: {detail}",
    "actor_vanished": "The actor {name!r} vanished during the import.",
    "bundle_not_zip": "{name}: this is not a Casefile bundle (not a readable zip).",
    "bundle_too_many_files": "{name}: the bundle holds too many files ({count}).",
    "bundle_unsafe_path": "{name}: the bundle holds an unsafe path {member!r}; not imported.",
    "bundle_symbolic_link": ("{name}: the bundle holds a symbolic link {member!r}; not imported."),
    "bundle_encrypted_file": "{name}: the bundle holds an encrypted file {member!r}.",
    "bundle_member_twice": "{name}: the bundle names {member!r} twice.",
    "bundle_member_too_large": "{name}: {member!r} is too large to import.",
    "bundle_too_large": (
        "{name}: the bundle unpacks to {size:.1f} GB, over the {limit} GB Casefile accepts."
    ),
    "bundle_no_manifest": "{name}: this is not a Casefile bundle (no {manifest}).",
    "bundle_lacks_member": "{name}: the bundle lacks {member!r}.",
    "bundle_member_damaged": "{name}: {member!r} is damaged ({detail}).",
    "manifest_not_json": "{name}: the manifest is not valid JSON ({detail}).",
    "not_a_bundle": "{name}: this is not a Casefile bundle.",
    "bundle_version": (
        "{name}: bundle version {version!r}; this Casefile reads version {supported}."
    ),
    "manifest_no_case": "{name}: the manifest does not identify its case.",
    "manifest_source_twice": "{name}: the manifest lists a source twice.",
    "manifest_bad_hash": "{name}: a source has no valid content hash.",
    "manifest_file_outside": "{name}: a source's file {file!r} is not under {prefix}.",
    "manifest_unknown_source": ("{name}: an item of {kind} refers to a source the bundle lacks."),
    "manifest_image_outside": "{name}: a caption's image {image!r} is not under {prefix}.",
    "manifest_actor_key_twice": "{name}: two actors share a key.",
    "manifest_unknown_actor": "{name}: an item refers to an actor the bundle lacks.",
    "manifest_lists_missing": "{name}: the manifest lists {member!r}, which is not in it.",
    "bundle_file_mismatch": "{name}: {member!r} does not match its source (damaged?).",
    "manifest_bad_field": "{name}: a {what} has a bad {field}: {detail}.",
    "manifest_not_object": "{name}: the manifest's {what} is not an object.",
    "manifest_not_list": "{name}: the manifest's {what} is not a list.",
    "manifest_bad_key": "{name}: the manifest holds a key that is not a number: {value!r}.",
    "manifest_bad_tags": "{name}: the manifest holds tags that are not a list of text.",
    # The brief, as the window builds it (ui/workers.py)
    "brief_unwritable": "{path}: cannot write the brief ({detail}).",
    "brief_failed": "The brief could not be built: {detail}",
}


class CasefileError(Exception):
    """Base of every error the core raises on purpose.

    ``CasefileError("a sentence")`` as any exception, or ``CasefileError(key=..., **params)``
    with the sentence made from ``MESSAGES[key]``; see the module docstring.
    """

    def __init__(self, *args: object, key: str = "", **params: object) -> None:
        if key and not args:
            args = (MESSAGES[key].format(**params),)
        super().__init__(*args)
        self.key = key
        self.params = params


class UnreadableFileError(CasefileError):
    """A file that cannot become a source: binary, empty, corrupt, protected or too large."""


class DuplicateSourceError(CasefileError):
    """The same content is already in the library."""


class NotFoundError(CasefileError):
    """A case, source or item named by the user does not exist."""


class EditConflictError(CasefileError):
    """An edit made to values someone else has changed since they were shown (a colleague
    on the team library, the command line): nothing was written. ``current`` holds the
    values as they are now."""

    current: dict[str, object] = {}  # noqa: RUF012 - set on the instance where known


class LibraryError(CasefileError):
    """The library folder or database cannot be opened or written."""
