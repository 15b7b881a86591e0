"""Alembic environment: run the migrations on the connection that ``store.migrations`` passes.

Migrations only run programmatically (``thirdcountry db upgrade`` or first use of a new
database), inside a transaction the caller already opened, so a failed migration leaves the
database as it was on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from alembic import context

from thirdcountry.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "thirdcountry migrations run through thirdcountry.store.migrations "
        "(`thirdcountry db upgrade`), not the alembic command line"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
