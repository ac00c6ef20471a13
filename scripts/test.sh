#!/usr/bin/env bash
# The whole test suite. Everything it needs is installed or started from here, so a clean clone passes
# with this one command: PostgreSQL server binaries and Debian's Chromium (apt), the Bot Framework clients
# (npm), then the .NET suites and the Node suites that drive the built service with the real clients.
set -euo pipefail
cd "$(dirname "$0")/.."
# Test hosts leave their SQLite files behind (restart tests reopen them); clear what earlier runs left.
find "${TMPDIR:-/tmp}/engagebot-tests" -mindepth 1 -maxdepth 1 -mmin +60 -exec rm -rf {} + 2>/dev/null || true
bash scripts/ensure-postgres.sh
bash scripts/ensure-chromium.sh >/dev/null
dotnet test EngageBot.sln --configuration Release
npm ci --prefix tests/DirectLine.Node --no-audit --no-fund --loglevel=error
node --test tests/DirectLine.Node
