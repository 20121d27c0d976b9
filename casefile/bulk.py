"""Many rows of one table in one statement, straight through the driver (``Library.bulk_insert``).

The ORM costs ~8x and Core's per-row dict handling ~3x a plain executemany here, so values
are converted once per column with the column type's own bind processor, and a field no row
gives is written into the statement once instead of being bound for every row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import literal


def insert_statement(
    model: Any, rows: Sequence[dict[str, Any]], dialect: Any
) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT for ``rows`` of ``model`` and its values; missing fields take defaults."""
    table = model.__table__
    given: set[str] = set().union(*rows)
    unknown = given - {column.name for column in table.columns if not column.primary_key}
    if unknown:
        raise ValueError(f"{table.name} has no field {', '.join(sorted(unknown))}")
    uniform = all(len(row) == len(given) for row in rows)
    names, by_column, constants = [], [], []
    for column in table.columns:
        if column.primary_key:
            continue
        if column.name == "uid" and column.name not in given:
            # A global id is each row's own, never one default for all (models.new_uid).
            names.append(column.name)
            by_column.append([str(uuid.uuid4()) for _ in rows])
            continue
        default = _field_default(model, column.name)
        if column.name not in given:
            constants.append((column.name, _literal(column, default, dialect)))
            continue
        values = (
            [row[column.name] for row in rows]
            if uniform
            else [row.get(column.name, default) for row in rows]
        )
        names.append(column.name)
        by_column.append(_bind_values(column, values, dialect))
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(f'"{name}"' for name in names + [name for name, _ in constants])
    placeholders = ", ".join([mark] * len(names) + [text for _, text in constants])
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({placeholders})'
    return statement, list(zip(*by_column, strict=True))


def _field_default(model: Any, name: str) -> Any:
    field = model.model_fields.get(name)
    if field is None or field.is_required():
        return None
    return field.get_default(call_default_factory=True)


def _bind_values(column: Any, values: list[Any], dialect: Any) -> list[Any]:
    """``values`` as the driver takes them, converted by the column type's bind processor."""
    if all(type(value) is dt.date for value in values):
        return [value.isoformat() for value in values]  # DATE's format, 4x faster
    convert = column.type.dialect_impl(dialect).bind_processor(dialect)
    if convert is None:
        return values
    return [None if value is None else convert(value) for value in values]


def _literal(column: Any, value: Any, dialect: Any) -> str:
    """``value`` as SQL text for ``column``, rendered by SQLAlchemy's own literal quoting."""
    if value is None:
        return "NULL"
    expression = literal(value, type_=column.type)
    return str(expression.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
