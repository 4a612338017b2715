#!/usr/bin/env bash
# Shared by the infra/check-*.sh scripts (sourced): run a named check, count it, remember a failure.
ran=0
failed=0

check() {
  local name="$1"; shift
  echo "== $name"
  if "$@"; then
    echo "   ok"
  else
    echo "   FAILED" >&2
    failed=1
  fi
  ran=$((ran + 1))
}
