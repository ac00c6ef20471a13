#!/usr/bin/env bash
# The whole test suite. Everything it needs is installed or started from here, so a clean clone passes
# with this one command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-postgres.sh
dotnet test EngageBot.sln --configuration Release
