#!/usr/bin/env bash
# The whole test suite: everything it needs is set up here, so a clean clone passes with this one command.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test EngageBot.sln --configuration Release --logger "console;verbosity=normal" 2>&1 | tee /tmp/engagebot-test.log
