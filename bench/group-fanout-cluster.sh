#!/usr/bin/env bash
# Group fan-out across instances on one PostgreSQL (issue 14's benchmark): MEMBERS members of one group connected
# over Direct Line WebSockets, spread over the instances, RATE messages/s posted round robin to the instances for
# SECONDS s; p99 until every member has a message. Runs the node bench once per count in INSTANCES (default "1 3"),
# each on a fresh database of one throwaway PostgreSQL (the tests' binaries, fsync off), and prints their JSON.
#   bash bench/group-fanout-cluster.sh                  (MEMBERS=500 RATE=50 SECONDS=10 INSTANCES="1 3" RECEIVERS=4)
# RECEIVERS: worker threads the members' sockets are read on (bench.js); ENGAGEBOT_BOT_DLL: another build to run.
# The target (issue 14): 3 instances, 500 members, 50 msg/s: p99 < 150 ms on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-postgres.sh
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
work="$(mktemp -d "${TMPDIR:-/tmp}/engagebot-fanout.XXXXXX")"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
cleanup() {
  as_pg "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
as_pg "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_pg "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $work -c fsync=off -c max_connections=300" start >/dev/null
[ -d bench/DirectLine.GroupBench/node_modules ] || npm ci --prefix bench/DirectLine.GroupBench --silent
for n in ${INSTANCES:-1 3}; do
  database="fanout_n${n}_$$"
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $database" >/dev/null
  echo "== $n instance(s) on one PostgreSQL =="
  POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database;Maximum Pool Size=30" INSTANCES="$n" \
    POSTGRES_PID="$(head -1 "$work/data/postmaster.pid")" node bench/DirectLine.GroupBench/bench.js
done
