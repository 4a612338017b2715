#!/usr/bin/env bash
# Lints the BPMN models in workflows/models with bpmnlint and the Camunda 7.24 compatibility rules
# (.bpmnlintrc; versions fixed in package.json and package-lock.json). Needs Node and npm; where
# they are absent it says so and skips (exit 0), so a build without Node still passes.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
  echo "== bpmnlint skipped: Node.js and npm are not installed (Debian: apt-get install nodejs npm)"
  exit 0
fi
if [[ ! -x node_modules/.bin/bpmnlint ]]; then
  npm ci --silent --no-audit --no-fund > /dev/null
fi
echo "== bpmnlint $(node -p "require('bpmnlint/package.json').version") with camunda-compat $(node -p "require('bpmnlint-plugin-camunda-compat/package.json').version") (camunda-platform-7-24)"
node_modules/.bin/bpmnlint --max-warnings 0 models/*.bpmn
echo "   models pass: $(ls models/*.bpmn | xargs -n1 basename | tr '\n' ' ')"
