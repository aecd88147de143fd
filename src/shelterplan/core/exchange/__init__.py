"""Export the whole store as one documented JSON file, and import such a file back.

The file moves an agency's cases to another store (a new laptop, a merged agency) and
is a readable copy outside the application. Its format is described in
``docs/export-format.md``: a top-level object with ``format`` ("shelterplan-export"),
``format_version`` (3), ``exported_at``, ``workers`` (name, role, active,
screen_language, is_admin; no ids, since workers are matched by name), ``services`` and
``settings`` (full rows, except the store's own "store_id"), and ``cases`` (full case
rows, each with its client and its records nested). A full row has every column of its
table, ids, timestamps and row versions included, so an import recreates the records
exactly; ``worker_id`` is written ``"worker": name``. Dates are ``YYYY-MM-DD``, times
``YYYY-MM-DDTHH:MM:SS.ffffff`` (UTC), binary data (a signed plan's PDF) standard base64.
Soft-deleted rows are exported; the audit trail is not, because it belongs to the store
it happened in; nor are wizard drafts, which are one worker's unfinished typing on one
laptop, not records of the case.

Files of older format versions are still read (``layout.ADDED_COLUMNS`` and
``ADDED_PARTS`` say what each version added): such a file must have exactly its own
version's fields, and the newer ones are taken as an upgraded store holds them (null, or
the column's default, such as false) and as empty lists.

The file holds client data in clear: it is written with mode 0600. An import is all or
nothing: the whole document is checked before anything is written, and a problem
refuses it with one sentence naming the place and field, never a value (client data).

Modules: ``layout`` (versions, parts of a case), ``fields`` (value checks), ``export``,
``checks`` (the whole document, then against the store) and ``load`` (read and insert).
"""

from __future__ import annotations

from shelterplan.core.exchange.export import export_document, write_export
from shelterplan.core.exchange.fields import MAX_BINARY_BYTES, REFUSED
from shelterplan.core.exchange.layout import FORMAT, FORMAT_VERSION, READABLE_VERSIONS
from shelterplan.core.exchange.load import (
    MAX_FILE_BYTES,
    ImportSummary,
    import_document,
    import_file,
    read_document,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_BINARY_BYTES",
    "MAX_FILE_BYTES",
    "READABLE_VERSIONS",
    "REFUSED",
    "ImportSummary",
    "export_document",
    "import_document",
    "import_file",
    "read_document",
    "write_export",
]
