#!/usr/bin/env bash
# Run lint and the whole test suite exactly as CI does, on a fresh Debian machine or a rerun.
#
# Installs what the tests need (apt: postgresql, chromium; .venv with the test extras), starts
# a throwaway PostgreSQL server on a free 127.0.0.1 port, runs `ruff check` and `pytest` (extra
# arguments go to pytest: scripts/test.sh -k scoring), then stops the server. Exits with
# pytest's status; lint errors alone give 1. Setup output goes to artifacts/test-setup.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export THIRDCOUNTRY_ARTIFACTS="$ROOT/artifacts"
mkdir -p "$THIRDCOUNTRY_ARTIFACTS"
SETUP_LOG="$THIRDCOUNTRY_ARTIFACTS/test-setup.log"
: >"$SETUP_LOG"
# shellcheck source=scripts/_venv.sh
source "$ROOT/scripts/_venv.sh"

PG_DIR=""
PG_BIN=""

# Run a PostgreSQL program as the postgres user when we are root (the server refuses root),
# from inside the server folder so it never needs access to the caller's working directory.
as_postgres() {
    if [[ $EUID -eq 0 ]]; then
        (cd "$PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$PG_DIR" && "$@")
    fi
}

free_port() {
    "$VENV/bin/python" -c \
        'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_postgres() {
    [[ -n "$PG_DIR" && -d "$PG_DIR" ]] || return 0
    if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop \
            </dev/null >>"$SETUP_LOG" 2>&1 || echo "warning: could not stop PostgreSQL" >&2
    fi
    rm -rf "$PG_DIR"
}

start_postgres() {
    local attempt
    PG_BIN="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
    if [[ -z "$PG_BIN" ]]; then
        PG_BIN="$(dirname "$(command -v pg_ctl || echo /missing/pg_ctl)")"
    fi
    if [[ ! -x "$PG_BIN/initdb" ]]; then
        echo "PostgreSQL server programs (initdb, pg_ctl) not found." >&2
        exit 1
    fi
    PG_DIR="$(mktemp -d -t thirdcountry-pg.XXXXXX)"
    # Signals become a normal exit so the EXIT trap stops the server; PIPE covers a caller
    # that stops reading early (scripts/test.sh | head).
    trap stop_postgres EXIT
    trap 'exit 129' HUP
    trap 'exit 130' INT
    trap 'exit 141' PIPE
    trap 'exit 143' TERM
    if [[ $EUID -eq 0 ]]; then
        chown postgres:postgres "$PG_DIR"
    fi

    run_logged as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --no-locale --no-sync
    # Another process can take the free port between the probe and the bind: try a few.
    for attempt in 1 2 3; do
        PG_PORT="$(free_port)"
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start \
            </dev/null >>"$SETUP_LOG" 2>&1; then
            break
        fi
        if [[ $attempt -eq 3 ]]; then
            echo "PostgreSQL did not start; server log:" >&2
            cat "$PG_DIR/server.log" >&2 || true
            exit 1
        fi
    done
    run_logged "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres thirdcountry_test
    export THIRDCOUNTRY_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/thirdcountry_test"
    echo "PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

section "System packages"
ensure_apt_packages postgresql chromium
export THIRDCOUNTRY_CHROMIUM=/usr/bin/chromium

section "Python environment"
ensure_venv test

section "PostgreSQL"
start_postgres

section "Lint: ruff check src tests benchmarks"
lint_status=0
"$VENV/bin/ruff" check src tests benchmarks || lint_status=$?

section "Tests: pytest $*"
pytest_status=0
"$VENV/bin/pytest" "$@" </dev/null || pytest_status=$?

if [[ $pytest_status -eq 5 ]]; then
    echo "FAILED: pytest collected no tests (exit 5); check the arguments and tests/." >&2
    exit 5
fi
if [[ $pytest_status -ne 0 ]]; then
    echo "FAILED: pytest exited with status $pytest_status" >&2
    exit "$pytest_status"
fi
if [[ $lint_status -ne 0 ]]; then
    echo "FAILED: tests passed but ruff found lint errors (see above)" >&2
    exit 1
fi
echo "OK: lint clean, tests passed"
