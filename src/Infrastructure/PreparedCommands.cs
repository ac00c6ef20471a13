using System.Data.Common;
using System.Runtime.CompilerServices;

namespace EngageBot.Infrastructure;

/// <summary>
/// Keeps the hot write statements prepared on a long-lived connection (SQLite's one writer), so each is
/// parsed once instead of once per turn. Where connections are short-lived (PostgreSQL's pool) it is off
/// and every lease is a fresh command.
/// </summary>
public sealed class PreparedCommands(bool enabled)
{
    private readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> _byConnection = [];

    /// <summary>A command for <paramref name="sql"/> in <paramref name="transaction"/>, with no parameters yet.</summary>
    public CommandLease Lease(DbConnection connection, DbTransaction transaction, string sql)
    {
        if (!enabled)
        {
            return new CommandLease(connection.Command(sql, transaction), owned: true);
        }

        var commands = _byConnection.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql, transaction);
            commands[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return new CommandLease(command, owned: false);
    }
}

/// <summary>A leased command: disposed at the end of its use only when it is not kept prepared.</summary>
public readonly struct CommandLease(DbCommand command, bool owned) : IAsyncDisposable
{
    public DbCommand Command { get; } = command;

    public ValueTask DisposeAsync() => owned ? Command.DisposeAsync() : ValueTask.CompletedTask;
}
