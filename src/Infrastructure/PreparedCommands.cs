using System.Data.Common;

namespace EngageBot.Infrastructure;

/// <summary>
/// The hot write statements of a turn. On SQLite every connection of ours keeps the statements it ran prepared
/// (<see cref="Sqlite.KeptConnection"/>, through <see cref="DbCommandExtensions.Command"/>), so a lease is simply that
/// command; on PostgreSQL a fresh command each time (Npgsql prepares repeated statements itself).
/// </summary>
public sealed class PreparedCommands
{
    /// <summary>A command for <paramref name="sql"/> in <paramref name="transaction"/>, with no parameters yet.</summary>
#pragma warning disable CA1822 // An instance per store, as before: the stores keep their field and need not change.
    public CommandLease Lease(DbConnection connection, DbTransaction transaction, string sql) =>
        new(connection.Command(sql, transaction));
#pragma warning restore CA1822
}

/// <summary>A leased command; disposing it ends the lease (on SQLite the statement stays prepared on its connection).</summary>
public readonly struct CommandLease(DbCommand command) : IAsyncDisposable
{
    public DbCommand Command { get; } = command;

    public ValueTask DisposeAsync() => Command.DisposeAsync();
}
