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
cp "$SRC/swagger-ui-bundle.js" "$SRC/swagger-ui.css" "$SRC/favicon-32x32.png" "$SRC/LICENSE" \
   "$SRC/NOTICE" "$DEST/"
node -p "require('$SRC/package.json').version" >"$DEST/VERSION"
echo "Swagger UI $(cat "$DEST/VERSION") copied to $DEST"
