#!/usr/bin/env bash
# Every figure of bench/README.md's "Idle-machine figures" in one go (~15 min on 2 cores). Run it on an idle machine:
# anything else on the cores shows up as turns/s and p99. Output: one file per run in OUT (default a temp folder).
#   bash bench/idle-figures.sh
set -u
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
out="${OUT:-$(mktemp -d)}"; mkdir -p "$out"
dotnet build -c Release bench/TurnBench >/dev/null && dotnet build -c Release bench/WeChatBench >/dev/null || exit 1
tb=(dotnet bench/TurnBench/bin/Release/net10.0/TurnBench.dll)
mix=(--mix real --concurrency 32 --warmup 30 --duration 20)
for i in 1 2 3; do   # telemetry off/on interleaved, so drift over the run falls on both alike
  "${tb[@]}" "${mix[@]}" --env Telemetry__Enabled=false >"$out/telemetry-off-$i.txt" 2>&1
  "${tb[@]}" "${mix[@]}" >"$out/telemetry-on-$i.txt" 2>&1
done
"${tb[@]}" "${mix[@]}" --conversations fresh >"$out/fresh.txt" 2>&1
# The kit reads OUT as a file to append to: not this script's folder.
env -u OUT bash bench/peer-compare.sh >"$out/peer.txt" 2>&1
"${tb[@]}" --provider postgres --mix real --concurrency 32 --warmup 15 --duration 20 >"$out/postgres.txt" 2>&1
"${tb[@]}" --provider postgres --mix real --instances 1,3 --concurrency 32 --warmup 15 --duration 20 >"$out/postgres-1-3.txt" 2>&1
"${tb[@]}" --provider postgres --mode notice --recipients 10000 --instances 1,3 >"$out/notice-10000.txt" 2>&1
dotnet bench/WeChatBench/bin/Release/net10.0/WeChatBench.dll 200 25 >"$out/wechat.txt" 2>&1
grep -H -E '^(real|notice)|service CPU|DB CPU|median|ratio|latency ms' "$out"/*.txt
echo "all output in $out"
