#!/usr/bin/env bash
# Copy Swagger UI (the /docs page) from node_modules into the web layer's static folder, so the
# API docs load nothing from a CDN. Rerun after changing swagger-ui-dist in package.json:
#   npm ci --ignore-scripts && bash scripts/vendor_swagger_ui.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/node_modules/swagger-ui-dist"
DEST="$ROOT/src/thirdcountry/web/static/vendor/swagger-ui"
[[ -d "$SRC" ]] || { echo "$SRC not found: run 'npm ci --ignore-scripts' at the repository root first" >&2; exit 1; }
mkdir -p "$DEST"
# Licence files get a .txt name so that setuptools' package-data globs ship them in wheels.
cp "$SRC/swagger-ui-bundle.js" "$SRC/swagger-ui.css" "$DEST/"
cp "$SRC/LICENSE" "$DEST/LICENSE.txt"
cp "$SRC/NOTICE" "$DEST/NOTICE.txt"
node -p "require('$SRC/package.json').version" >"$DEST/VERSION.txt"
echo "Swagger UI $(cat "$DEST/VERSION.txt") copied to $DEST"
