"""Where documents and facts live: engines, tables, migrations and every query.

Typical use::

    engine = make_engine(settings.database_url)
    ensure_current(engine)              # creates a new database, refuses an outdated one
    with Session(engine) as session:
        hits = repository.search_documents(session, "Eswatini deportees", limit=10)
"""

from thirdcountry.store import repository
from thirdcountry.store.engine import StoreError, make_engine, writer
from thirdcountry.store.migrations import ensure_current, upgrade
from thirdcountry.store.tables import Document, DocumentBand, FactRecord

__all__ = [
    "Document",
    "DocumentBand",
    "FactRecord",
    "StoreError",
    "ensure_current",
    "make_engine",
    "repository",
    "upgrade",
    "writer",
]
