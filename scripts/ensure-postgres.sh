#!/usr/bin/env bash
# The storage tests start a throwaway PostgreSQL from its binaries; install them if this machine lacks them.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  exit 0
fi
echo "Installing PostgreSQL server binaries (Debian package postgresql)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
# The package starts a cluster of its own; the tests do not use it.
service postgresql stop >/dev/null 2>&1 || true
