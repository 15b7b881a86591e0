#!/usr/bin/env bash
# Try thirdcountry in one command: install it, load the example articles, open the map.
#
# Sets up .venv (no test extras, no PostgreSQL or Chromium needed), creates or upgrades the
# default SQLite database, ingests the packaged example articles and serves the web app on
# http://127.0.0.1:8000. Extra arguments go to `thirdcountry serve` (e.g. --port 8080).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p "$ROOT/artifacts"
SETUP_LOG="$ROOT/artifacts/demo-setup.log"
: >"$SETUP_LOG"
# shellcheck source=scripts/_venv.sh
source "$ROOT/scripts/_venv.sh"

section "Python environment"
ensure_venv ""

section "Database: thirdcountry db upgrade"
"$VENV/bin/thirdcountry" db upgrade

section "Example articles: thirdcountry ingest --examples"
"$VENV/bin/thirdcountry" ingest --examples

section "Web app: thirdcountry serve (Ctrl-C to stop)"
exec "$VENV/bin/thirdcountry" serve "$@"
