#!/usr/bin/env bash
# Renders each model in workflows/models as docs/workflows/<name>.svg with bpmn-to-image (bpmn-js in
# headless Chromium). Needs Node and npm, and Debian's chromium (apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="${TMPDIR:-/tmp}/charter-bpmn-render"
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/bpmn-to-image" ]; then
  (cd "$tools" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund bpmn-to-image >/dev/null)
fi
browser="${PUPPETEER_EXECUTABLE_PATH:-$(command -v chromium || command -v chromium-browser)}"
if [ "$(id -u)" = 0 ]; then
  # Chromium refuses to run as root inside its sandbox, and bpmn-to-image passes no flags to it.
  printf '#!/bin/sh\nexec "%s" --no-sandbox "$@"\n' "$browser" > "$tools/chromium-no-sandbox"
  chmod +x "$tools/chromium-no-sandbox"
  browser="$tools/chromium-no-sandbox"
fi
export PUPPETEER_EXECUTABLE_PATH="$browser"
for model in "$root"/workflows/models/*.bpmn; do
  name="$(basename "$model" .bpmn)"
  "$tools/node_modules/.bin/bpmn-to-image" --no-footer "$model:$root/docs/workflows/$name.svg"
  echo "rendered docs/workflows/$name.svg"
done
