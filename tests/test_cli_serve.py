"""``thirdcountry serve`` refuses a database it cannot use with one clear line, and its
``--workers`` answer on connections with Nagle's algorithm off."""

from __future__ import annotations

import asyncio
import socket
import sqlite3

from typer.testing import CliRunner

from thirdcountry.cli import app
from thirdcountry.cli.serve import tcp_listener


def test_unreachable_database_is_one_line_and_exit_1() -> None:
    # Port 1 on loopback: nothing listens there, the connection is refused at once.
    result = CliRunner().invoke(app, ["serve", "--db", "postgresql+psycopg://x@127.0.0.1:1/x"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: postgresql+psycopg://")


def test_database_from_another_program_is_refused(tmp_path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('not-a-thirdcountry-revision')")
    result = CliRunner().invoke(app, ["serve", "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")


def _nodelay_of_accepted(listener: socket.socket) -> int:
    """TCP_NODELAY on the connection an asyncio server accepts from ``listener``."""

    async def main() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                conn = transport.get_extra_info("socket")
                accepted.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
        async with server:
            _reader, writer = await asyncio.open_connection(*listener.getsockname()[:2])
            value = await asyncio.wait_for(accepted, timeout=10)
            writer.close()
            return value

    return asyncio.run(main())


def _bound(sock: socket.socket) -> socket.socket:
    sock.bind(("127.0.0.1", 0))
    return sock


def test_worker_listener_gives_connections_tcp_nodelay() -> None:
    # The socket uvicorn binds for --workers (protocol 0): asyncio leaves Nagle on.
    assert _nodelay_of_accepted(_bound(socket.socket(socket.AF_INET))) == 0
    listener = tcp_listener(_bound(socket.socket(socket.AF_INET)))
    assert listener.proto == socket.IPPROTO_TCP
    assert _nodelay_of_accepted(listener) != 0


def test_tcp_listener_keeps_other_sockets() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP) as tcp:
        assert tcp_listener(tcp) is tcp
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        assert tcp_listener(udp) is udp


def test_serve_with_workers_hands_them_a_tcp_socket(tmp_path, monkeypatch) -> None:
    import uvicorn.supervisors

    from thirdcountry.config import DATABASE_ENV_VAR
    from thirdcountry.store import make_engine, upgrade

    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    handed: list[socket.socket] = []

    class FakeMultiprocess:
        def __init__(self, config, sockets: list[socket.socket]) -> None:
            assert config.workers == 2 and config.factory
            handed.extend(sockets)

        def run(self) -> None:
            pass

    monkeypatch.setattr(uvicorn.supervisors, "Multiprocess", FakeMultiprocess)
    monkeypatch.setenv(DATABASE_ENV_VAR, url)  # serve sets it; restored after the test
    result = CliRunner().invoke(app, ["serve", "--db", url, "--port", "0", "--workers", "2"])
    try:
        assert result.exit_code == 0, result.output
        assert [sock.proto for sock in handed] == [socket.IPPROTO_TCP]
    finally:
        for sock in handed:
            sock.close()
