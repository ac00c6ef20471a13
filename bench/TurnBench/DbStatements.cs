using System.Globalization;
using System.Text;
using Npgsql;

namespace EngageBot.Bench;

/// <summary>
/// What the database did in a measured window, from pg_stat_statements and pg_stat_database: statements and
/// transactions per turn (figures load does not change) and the most frequent statements. Everything the service
/// runs counts (dispatcher polls, Quartz, the cluster listener too), not only the turn's own SQL.
/// </summary>
public sealed class DbStatements(string connectionString, bool hasStatements)
{
    private long _commitsBefore;
    private long _segmentsBefore;

    // Files in pg_wal: a recycled segment is renamed, a new one adds a file (no checkpoint removes any in a window).
    private const string Segments = "SELECT count(*) FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'";

    public async Task ResetAsync()
    {
        await using var connection = await OpenAsync();
        if (hasStatements)
        {
            await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection);
            await reset.ExecuteNonQueryAsync();
        }

        await using (var resetWal = new NpgsqlCommand("SELECT pg_stat_reset_shared('wal')", connection))
        {
            await resetWal.ExecuteNonQueryAsync();
        }

        _commitsBefore = await CommitsAsync(connection);
        _segmentsBefore = await ScalarAsync(connection, Segments);
    }

    /// <summary>Lines for the report: per-turn totals, then the <paramref name="top"/> statements by calls.</summary>
    public async Task<string> ReportAsync(long turns, int top, string unit = "turn")
    {
        await using var connection = await OpenAsync();
        var perTurn = Math.Max(1, turns);
        var commits = await CommitsAsync(connection) - _commitsBefore;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"       DB transactions {commits / (double)perTurn,5:F2}/{unit}");
        // WAL written per turn (pg_stat_wal, server-wide): every committing backend waits for it to be written, and a
        // new 16 MB segment is zero-filled under the WAL write lock, so its bytes are latency as well as work.
        await using (var wal = new NpgsqlCommand("SELECT wal_records, wal_fpi, wal_bytes::float8, wal_buffers_full, wal_write FROM pg_stat_wal", connection))
        await using (var reader = await wal.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            text.Append(CultureInfo.InvariantCulture,
                $"  WAL {reader.GetDouble(2) / perTurn,6:F0} B/{unit} ({reader.GetInt64(0) / (double)perTurn:F1} records, {reader.GetInt64(1) / (double)perTurn:F2} full pages, {reader.GetInt64(4) / (double)perTurn:F2} writes/{unit}, WAL buffers full {reader.GetInt64(3)} times)");
        }

        text.Append(CultureInfo.InvariantCulture, $", WAL segments created {await ScalarAsync(connection, Segments) - _segmentsBefore}");

        if (!hasStatements)
        {
            return text.Append("  (pg_stat_statements not available: no statement counts)").ToString();
        }

        const string Totals = """
            SELECT coalesce(sum(calls), 0)::bigint,
                   coalesce(sum(calls) FILTER (WHERE query ~* '^\s*(BEGIN|COMMIT|ROLLBACK|START)'), 0)::bigint,
                   coalesce(sum(total_exec_time), 0)::float8,
                   coalesce(sum(plans), 0)::bigint,
                   coalesce(sum(total_plan_time), 0)::float8
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
            """;
        await using (var totals = new NpgsqlCommand(Totals, connection))
        await using (var reader = await totals.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            var all = reader.GetInt64(0);
            var control = reader.GetInt64(1);
            text.Append(CultureInfo.InvariantCulture,
                $"  statements {(all - control) / (double)perTurn,5:F2}/{unit} (+ {control / (double)perTurn:F2} BEGIN/COMMIT)  executor time {reader.GetDouble(2) * 1000 / perTurn,5:F0} µs/{unit}");
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"       DB plans {reader.GetInt64(3) / (double)perTurn,5:F2}/{unit} (planned at bind: custom plans of prepared statements, or unprepared ones)  planning time {reader.GetDouble(4) * 1000 / perTurn,5:F0} µs/{unit}");
        }

        var frequent = $"""
            SELECT calls, mean_exec_time, plans, regexp_replace(query, '\s+', ' ', 'g'), wal_bytes::float8
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
            ORDER BY calls DESC LIMIT {top.ToString(CultureInfo.InvariantCulture)}
            """;
        await using (var command = new NpgsqlCommand(frequent, connection))
        await using (var rows = await command.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                var query = rows.GetString(3);
                text.AppendLine().Append(CultureInfo.InvariantCulture,
                    $"         {rows.GetInt64(0) / (double)perTurn,5:F2}/{unit} {rows.GetDouble(1) * 1000,7:F0} µs {rows.GetDouble(4) / perTurn,6:F0} B WAL/{unit}  {(rows.GetInt64(2) * 2 > rows.GetInt64(0) ? "planned " : string.Empty)}{(query.Length > 110 ? query[..110] + "…" : query)}");
            }
        }

        // Where the plans go: the statements planned most (custom plans of prepared statements, or unprepared ones).
        var planned = $"""
            SELECT plans, calls, mean_plan_time, regexp_replace(query, '\s+', ' ', 'g')
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() AND plans > 0
            ORDER BY plans DESC LIMIT {Math.Max(1, top / 2).ToString(CultureInfo.InvariantCulture)}
            """;
        await using var plannedCommand = new NpgsqlCommand(planned, connection);
        await using var plannedRows = await plannedCommand.ExecuteReaderAsync();
        text.AppendLine().Append("       most planned (plans/calls per " + unit + ", mean planning time):");
        while (await plannedRows.ReadAsync())
        {
            var query = plannedRows.GetString(3);
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"         {plannedRows.GetInt64(0) / (double)perTurn,5:F3}/{plannedRows.GetInt64(1) / (double)perTurn,5:F3} {plannedRows.GetDouble(2) * 1000,5:F0} µs  {(query.Length > 100 ? query[..100] + "…" : query)}");
        }

        return text.ToString();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Multiplexing=false"); // its own, whatever --pg gave the service
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> CommitsAsync(NpgsqlConnection connection)
    {
        // pg_stat_database is updated when backends report (at most every second or so); the window is long enough.
        await using var command = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
