#!/usr/bin/env bash
# Turn latency while the nightly retention purge deletes old rows, against the same run with nothing to delete.
#
# For each of the two modes ("quiet", "purge") the service gets its own SQLite file. TurnBench runs once for a few
# seconds to create the schema; in "purge" mode sqlite3 then adds old rows that retention must delete (transcript
# 200 days old, dedup marks 10 days old). The measured run schedules the purge every 5 seconds (Retention:Schedule;
# the job never runs twice at once), so it starts during the warm-up and deletes through the measurement; "quiet"
# has the same schedule and nothing to delete. The purge's own log lines (Information) show how long it ran; the rows still left afterwards
# show it was still deleting when the measurement ended.
#
#   bash bench/purge-p99.sh                 # ROWS=300000 old rows per table, c=32, 10 s warm-up, 30 s measured, MIX=help
#   ROWS=600000 DURATION=60 bash bench/purge-p99.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-300000}
CONCURRENCY=${CONCURRENCY:-32}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-30}
# The "help" mix: every turn is answered, so the two runs' latencies compare turn for turn.
MIX=${MIX:-help}
WORK=$(mktemp -d -t engagebot-purge-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

dotnet build -c Release src/Bot -v q -nologo >/dev/null
dotnet build -c Release bench/TurnBench -v q -nologo >/dev/null

turnbench() {
    dotnet run --no-build -c Release --project bench/TurnBench -- "$@"
}

seed_old_rows() {
    local db=$1 now_ms old_transcript old_marks
    now_ms=$(($(date +%s) * 1000))
    old_transcript=$((now_ms - 200 * 86400000))
    old_marks=$((now_ms - 10 * 86400000))
    sqlite3 -cmd ".timeout 5000" "$db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS)
INSERT INTO transcript (conversation_key, activity_id, direction, json, at)
SELECT 'bench/old-' || (i % 5000), 'old-' || i, 'inbound',
       '{"type":"message","text":"我想报名周六的羽毛球活动，请问还有名额吗？","from":{"id":"old-member"}}',
       $old_transcript + i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS)
INSERT INTO processed_activities (key, processed_at) SELECT 'bench/old-' || i, $old_marks + i FROM n;
SQL
}

old_rows_left() {
    local db=$1 cutoff
    cutoff=$((($(date +%s) - 7 * 86400) * 1000))
    sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM transcript WHERE at < $cutoff) + (SELECT COUNT(*) FROM processed_activities WHERE processed_at < $cutoff);"
}

for mode in ${MODES:-quiet purge}; do
    db="$WORK/$mode.db"
    turnbench --concurrency 4 --warmup 1 --duration 2 --env "ConnectionStrings__EngageBot=Data Source=$db" >/dev/null
    if [[ $mode == purge ]]; then seed_old_rows "$db"; fi
    echo "== $mode: $(old_rows_left "$db") old rows to purge"
    turnbench --mix "$MIX" --concurrency "$CONCURRENCY" --warmup "$WARMUP" --duration "$DURATION" \
        --env "ConnectionStrings__EngageBot=Data Source=$db" \
        --env "Retention__Schedule=0/5 * * * * ?" \
        --env "Logging__LogLevel__EngageBot.Features.Operations=Information" ${EXTRA_ENV:-}
    echo "== $mode: $(old_rows_left "$db") old rows left when the service stopped"
done
