#!/usr/bin/env bash
# N instances of EngageBot on one PostgreSQL, on loopback ports, behind a tiny YARP front (round robin), for
# trying the cluster by hand:
#   bash scripts/cluster.sh 3          (Ctrl-C stops everything and removes the database directory)
#   bash scripts/cluster.sh 3 --smoke  (starts, sends one Direct Line message through the front, checks the bot's
#                                       answer, stops: what CI or a quick check runs)
# PostgreSQL is started from the same Debian binaries the tests use (scripts/ensure-postgres.sh), fsync off,
# in a temp directory. The instances share Cluster:Enabled, DirectLine:Secret and Staff:TokenKey (generated
# here once), so a token from one is good on all. The front listens on FRONT_PORT (default 5079).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-3}"
smoke="${2:-}"
base_port="${BASE_PORT:-5080}"
front_port="${FRONT_PORT:-5079}"
echo "starting PostgreSQL…"
bash scripts/ensure-postgres.sh
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
work="$(mktemp -d "${TMPDIR:-/tmp}/engagebot-cluster.XXXXXX")"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${pids[@]}" 2>/dev/null || true
  as_pg "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_pg "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $work -c fsync=off -c max_connections=$((40 * count + 20))" start >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE engagebot" >/dev/null

echo "building the service and the front…"
dotnet build src/Bot -c Release --nologo -v q >/dev/null
dotnet build scripts/cluster-front -c Release --nologo -v q >/dev/null
secret="$(head -c 32 /dev/urandom | base64 | tr -d '=+/')"
staff_key="$(head -c 32 /dev/urandom | base64 | tr -d '=+/')"
export Storage__Provider=Postgres
export ConnectionStrings__EngageBot="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=engagebot;Maximum Pool Size=30"
export Cluster__Enabled=true DirectLine__Secret="$secret" Staff__TokenKey="$staff_key"
export Staff__BootstrapAdmin__UserName="${ADMIN_USER:-admin}" Staff__BootstrapAdmin__Password="${ADMIN_PASSWORD:-change-me-now-please}"

backends=()
for i in $(seq 0 $((count - 1))); do
  port=$((base_port + i))
  backends+=("http://127.0.0.1:$port")
  # The first instance migrates the schema; the others start once it answers /readyz.
  Cluster__NodeName="node$i" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet src/Bot/bin/Release/net10.0/EngageBot.Bot.dll >"$work/node$i.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "node$i exited; its log:"; tail -20 "$work/node$i.log"; exit 1; }
    sleep 0.5
  done
  echo "node$i  http://127.0.0.1:$port   (log: $work/node$i.log)"
done
FRONT_BACKENDS="$(IFS=,; echo "${backends[*]}")" ASPNETCORE_URLS="http://127.0.0.1:$front_port" \
  dotnet scripts/cluster-front/bin/Release/net10.0/EngageBot.ClusterFront.dll >"$work/front.log" 2>&1 &
pids+=($!)
front="http://127.0.0.1:$front_port"
for _ in $(seq 1 60); do
  curl -fs "$front/readyz" >/dev/null 2>&1 && break
  kill -0 "${pids[-1]}" 2>/dev/null || { echo "the front exited; its log:"; tail -20 "$work/front.log"; exit 1; }
  sleep 0.5
done
echo "front  $front   (round robin over the instances; log: $work/front.log)"
echo "PostgreSQL 127.0.0.1:$pg_port database engagebot (psql -h 127.0.0.1 -p $pg_port -U postgres engagebot)"
echo "DirectLine:Secret $secret    staff: ${ADMIN_USER:-admin} / ${ADMIN_PASSWORD:-change-me-now-please}"

if [ "$smoke" = "--smoke" ]; then
  # One member's conversation through the front: start, say 帮助, read the answer. Round robin sends the three
  # requests to different instances, which is the point.
  conversation="$(curl -fs -X POST -H "Authorization: Bearer $secret" "$front/v3/directline/conversations")"
  conversation_id="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["conversationId"])' <<<"$conversation")"
  token="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' <<<"$conversation")"
  curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"type":"message","from":{"id":"smoke"},"text":"帮助"}' "$front/v3/directline/conversations/$conversation_id/activities" >/dev/null
  for _ in $(seq 1 40); do
    answer="$(curl -fs -H "Authorization: Bearer $token" "$front/v3/directline/conversations/$conversation_id/activities" |
      python3 -c 'import json,sys; a=[x for x in json.load(sys.stdin)["activities"] if x.get("from",{}).get("role")=="bot" and x.get("text")]; print(a[0]["text"].splitlines()[0] if a else "")')"
    [ -n "$answer" ] && break
    sleep 0.25
  done
  [ -n "$answer" ] || { echo "smoke: no answer from the bot through the front"; exit 1; }
  echo "smoke: the bot answered through the front: $answer"
  exit 0
fi
echo "Ctrl-C stops all of them."
wait
