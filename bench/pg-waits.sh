#!/bin/bash
# Where a PostgreSQL turn waits: a sidecar for one `TurnBench --provider postgres` run (start it just before the bench,
# in the same flock). It finds the bench's throwaway server, turns on logging of statements over $LMDS (25ms), lock
# waits over $DLT (10ms), checkpoints and autovacuum, copies the server's log (which the bench deletes) to OUTDIR/pg.log,
# samples pg_stat_activity every 50 ms into OUTDIR/activity.txt (time|pid|backend type|state|wait type|wait event|ms
# in the statement|statement), writes the relations' oids to OUTDIR/relations.txt (lock waits name relations by oid)
# and scrapes the service's runtime metrics (GC pauses, thread-pool queue) into OUTDIR/metrics.txt.
# Sampling costs a little CPU (psql and one backend): take figures from runs without it.
# usage: bash bench/pg-waits.sh OUTDIR [seconds, default 45]
out=$1; secs=${2:-45}; mkdir -p "$out"
for i in $(seq 1 600); do
  line=$(ps -eo pid,args | grep '[b]in/postgres -D /tmp/engagebot-bench-pg-' | head -1)
  [ -n "$line" ] && break; sleep 0.2
done
port=$(echo "$line" | sed -E 's/.* -p ([0-9]+).*/\1/'); dir=$(echo "$line" | sed -E 's/.* -D ([^ ]+)\/data.*/\1/')
echo "port $port dir $dir" > "$out/info"
P="psql -h 127.0.0.1 -p $port -U postgres -X -q"
for i in $(seq 1 600); do db=$($P -Atc "select datname from pg_database where datname like 'bench_%' limit 1" postgres 2>/dev/null); [ -n "$db" ] && break; sleep 0.2; done
echo "db $db" >> "$out/info"
$P -c "ALTER SYSTEM SET log_min_duration_statement='${LMDS:-25ms}'" -c "ALTER SYSTEM SET log_checkpoints=on" \
   -c "ALTER SYSTEM SET log_autovacuum_min_duration=0" -c "ALTER SYSTEM SET log_lock_waits=on" -c "ALTER SYSTEM SET deadlock_timeout='${DLT:-10ms}'" \
   -c "ALTER SYSTEM SET log_line_prefix='%m [%p] %b '" -c "SELECT pg_reload_conf()" postgres >/dev/null
tail -n +1 -F "$dir/log" > "$out/pg.log" 2>/dev/null & tailpid=$!
# every listening dotnet process (the service; the bench's sink answers 404 on /metrics)
( for i in $(seq 1 $secs); do
    echo "=== $(date +%s.%N)" >> "$out/metrics.txt"
    for p in $(ss -ltnp 2>/dev/null | grep dotnet | awk '{print $4}' | sed 's/.*://'); do
      curl -s -m 1 "http://127.0.0.1:$p/metrics" | grep -E '^(dotnet_gc_pause|dotnet_thread_pool|process_runtime_dotnet_gc|process_runtime_dotnet_thread_pool|dotnet_gc_collections|process_runtime_dotnet_gc_collections|dotnet_gc_heap)' | sed "s/^/$p /" >> "$out/metrics.txt"
    done
    sleep 1
  done ) & mpid=$!
$P -A -F '|' -t "$db" > "$out/activity.txt" 2>&1 <<SQL &
select now()::text as t \gset
select to_char(clock_timestamp(),'HH24:MI:SS.MS'), pid, backend_type, coalesce(state,'-'), coalesce(wait_event_type,'-'), coalesce(wait_event,'-'),
 round(extract(epoch from clock_timestamp()-query_start)*1000), left(regexp_replace(query,'\s+',' ','g'),70)
 from pg_stat_activity where pid <> pg_backend_pid() and (state is distinct from 'idle' or backend_type <> 'client backend') \watch 0.05
SQL
apid=$!
( sleep 25; $P -Atc "select oid, relname, relkind from pg_class where relnamespace in (select oid from pg_namespace where nspname in ('public','pg_toast')) and oid >= 16384 order by oid" "$db" > "$out/relations.txt" ) &
sleep $secs
kill $apid $mpid $tailpid 2>/dev/null
echo done >> "$out/info"
