"""Alembic environment: runs migrations on the connection the service hands over."""

from alembic import context

from streamer_desktop.service.models import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # the alembic command line: build an engine from its URL
        from sqlalchemy import create_engine

        url = context.config.get_main_option("sqlalchemy.url")
        assert url, "set sqlalchemy.url in the alembic configuration"
        with create_engine(url).begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
