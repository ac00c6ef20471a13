using System.Data.Common;
using Npgsql;

namespace EngageBot.Infrastructure.Postgres;

/// <summary>
/// Pool settings for the service's own connections, unless the connection string names them. Measured with
/// <c>bench/TurnBench --provider postgres</c>: a turn leases a pooled connection four times, and by default Npgsql
/// resets each on return with <c>DISCARD ALL</c>, which runs once per lease and also drops every prepared statement.
/// Nothing here leaves session state behind (no <c>SET</c>, no session locks or LISTEN on pooled connections; the
/// migrations' temp tables are <c>ON COMMIT DROP</c>), so the reset is skipped. Automatic preparation
/// (<c>Max Auto Prepare</c>) is NOT turned on: with it, a command re-bound after <c>Parameters.Clear()</c> (the roster
/// import's one-statement-per-kind loop) ran with stale values on PostgreSQL — 990 new members imported as 1 added and
/// 989 updates of that one. A connection string may still set it once that is understood.
/// </summary>
public static class PostgresPoolDefaults
{
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var named = given.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
