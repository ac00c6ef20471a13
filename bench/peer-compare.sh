#!/usr/bin/env bash
# EngageBot against the botbuilder-js peer of the shared bench kit, side by side in one run: the kit's 40 real union
# questions, alternating rounds (A B A B A B), closed loop at C concurrent users, each turn in a fresh conversation of
# a returning user (CONV_PER_TURN=1, see the kit's README). EngageBot runs as built (Release), durable SQLite in a
# fresh temporary file, anonymous, logs at Warning, exactly as TurnBench starts it.
#   bash bench/peer-compare.sh            # env: C (32), N (20000), ROUNDS (3), PRIME (40000), KIT (where the kit is copied to),
#                                         # ENGAGEBOT_DLL (another build of EngageBot.Bot.dll, for A/B pairs)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="${KIT_SOURCE:-$repo/../shared/bench-kit}"
kit="${KIT:-${TMPDIR:-/tmp}/bench-kit}"
if [[ ! -d "$kit/node_modules" ]]; then
  rm -rf "$kit" && cp -r "$src" "$kit" && (cd "$kit" && ./setup.sh)
fi
dll="${ENGAGEBOT_DLL:-$repo/src/Bot/bin/Release/net10.0/EngageBot.Bot.dll}"
[[ -f "$dll" ]] || dotnet build -c Release "$repo/src/Bot" >/dev/null
work="$(mktemp -d)"
export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"
# env(1), not shell assignments: a name with a dot (Microsoft.AspNetCore) is not a valid shell variable name.
(cd "$(dirname "$dll")" && exec env ConnectionStrings__EngageBot="Data Source=$work/engagebot.db" Logging__LogLevel__Default=Warning \
  Logging__LogLevel__Microsoft.AspNetCore=Warning MicrosoftAppId= ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$dll" --urls http://127.0.0.1:3978 >"$work/engagebot.log" 2>&1) & engage_pid=$!
node "$kit/peer/index.js" >"$work/peer.log" 2>&1 & peer_pid=$!
trap 'kill "$engage_pid" "$peer_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
for port in 3978 3979; do
  for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
done
engage=http://127.0.0.1:3978/api/messages; peer=http://127.0.0.1:3979/api/messages
# Prime both (JIT, every user's state), not recorded. PRIME turns each (default 40,000; it was 10,000, about 3 s of
# EngageBot, while its tiered JIT goes on for tens of seconds: its first rounds carried compilation a running service
# has long finished, by however far the start had got).
CONV_PER_TURN=1 LABEL=prime "$kit/run.sh" "$engage" "${PRIME:-40000}" "${C:-32}" >/dev/null
LABEL=prime "$kit/run.sh" "$peer" "${PRIME:-40000}" "${C:-32}" >/dev/null
CONV_PER_TURN=1 C="${C:-32}" A_LABEL=engagebot B_LABEL=peer A_PID="$engage_pid" B_PID="$peer_pid" \
  "$kit/compare.sh" "$engage" "$peer"
