"""Errors the core raises; every message is one a person can act on."""


class CasefileError(Exception):
    """Base of every error the core raises on purpose."""


class UnreadableFileError(CasefileError):
    """A file that cannot become a source: binary, empty, corrupt, protected or too large."""


class DuplicateSourceError(CasefileError):
    """The same content is already in the library."""


class NotFoundError(CasefileError):
    """A case, source or item named by the user does not exist."""


class LibraryError(CasefileError):
    """The library folder or database cannot be opened or written."""
