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
/// <para>
/// Multiplexed, a few connections carry every turn, so the pool is capped at <see cref="MultiplexedConnectionsPerCore"/>
/// per core of this host (at least <see cref="MinMultiplexedConnections"/>) instead of Npgsql's 100. More backends than
/// that only wait: each turn's commit takes PostgreSQL's WAL write lock and, every few inserts, a table's extension lock,
/// and with dozens of backends on a few cores a holder is often preempted while the others queue behind it. In the
/// turn benchmark (one instance, real mix, c=32, 2 cores) 34 backends left the slowest 1 % of turns queued on those
/// locks; 8 took database CPU per turn down ~18 % (bench/README.md, "Sixteenth session"; its effect on p99 was not
/// separable from the loaded machine's). Transactions (sign-ups, the outbox's rounds) still hold a connection each to
/// their end; at the cap the next one waits in the pool instead of on the row lock inside the database.
/// </para>
/// </summary>
public static class PostgresPoolDefaults
{
    /// <summary>Statements kept prepared per connection (Npgsql's <c>Max Auto Prepare</c>).</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>Multiplexed connections per core of this host, when the connection string names no pool size.</summary>
    public const int MultiplexedConnectionsPerCore = 4;

    /// <summary>The least multiplexed pool, however few the cores.</summary>
    public const int MinMultiplexedConnections = 8;

    /// <summary>The pool size a multiplexed pool gets when the connection string names none.</summary>
    public static int MultiplexedPoolSize => Math.Max(MinMultiplexedConnections, MultiplexedConnectionsPerCore * Environment.ProcessorCount);

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

        if (builder.Multiplexing && !named.Contains("MaximumPoolSize") && !named.Contains("MaxPoolSize"))
        {
            builder.MaxPoolSize = Math.Max(builder.MinPoolSize, MultiplexedPoolSize);
        }

        return builder.ConnectionString;
    }
}
