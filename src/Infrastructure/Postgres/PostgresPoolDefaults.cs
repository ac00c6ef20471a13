using System.Data.Common;
using Npgsql;

namespace EngageBot.Infrastructure.Postgres;

/// <summary>
/// Pool settings for the service's own connections, unless the connection string names them. Measured with
/// <c>bench/TurnBench --provider postgres</c>: a turn leases a pooled connection four times, and by default Npgsql
/// resets each on return with <c>DISCARD ALL</c>, which runs once per lease and also drops every prepared statement.
/// Nothing here leaves session state behind (no <c>SET</c>, no session locks or LISTEN on pooled connections; the
/// migrations' temp tables are <c>ON COMMIT DROP</c>), so the reset is skipped and the hot statements are prepared
/// automatically: parsed and planned once per connection instead of on every turn.
/// <para>
/// Once Npgsql has prepared a command it keeps binding the parameter objects it saw first (npgsql/npgsql#3850): a
/// command that runs again must get new values on the same parameters, never <c>Parameters.Clear()</c> and re-added
/// ones (that ran the roster import with the first member's values; <c>NpgsqlRebindTests</c> shows both).
/// </para>
/// <para>
/// Commands are multiplexed (Npgsql's <c>Multiplexing</c>): statements of concurrent turns outside a transaction share
/// the pool's physical connections and go out together, so PostgreSQL reads and answers several per wake-up, and fewer
/// connections each see the hot statements often enough to keep them prepared. In the turn benchmark (PostgreSQL, real
/// mix, c=32) it took database CPU per turn from ~900 to ~700 µs (bench/README.md, "Fourteenth session"). A transaction
/// still holds one connection until it ends; what multiplexing does not allow (synchronous I/O, session state kept
/// between commands outside a transaction) the service does not do. The LISTEN connection turns it off for itself.
/// </para>
/// </summary>
public static class PostgresPoolDefaults
{
    /// <summary>Statements kept prepared per connection (Npgsql's <c>Max Auto Prepare</c>).</summary>
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var named = given.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!named.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!named.Contains("Multiplexing"))
        {
            builder.Multiplexing = true;
        }

        return builder.ConnectionString;
    }
}
