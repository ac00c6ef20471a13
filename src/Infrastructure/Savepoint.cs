using System.Data.Common;

namespace EngageBot.Infrastructure;

/// <summary>
/// A named savepoint. On SQLite's own connections its three statements run as commands kept prepared there
/// (<see cref="Sqlite.KeptConnection"/>): the group commit sets and releases one per write, and
/// <see cref="DbTransaction.SaveAsync"/> would parse each of them again every time. Elsewhere the transaction's own.
/// </summary>
public sealed class Savepoint
{
    private readonly string _name;
    private readonly string _save;
    private readonly string _release;
    private readonly string _rollback;

    /// <param name="name">A plain identifier (letters, digits, underscore): it is written into the SQL.</param>
    public Savepoint(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("A savepoint name is a plain identifier.", nameof(name));
        }

        _name = name;
        _save = $"SAVEPOINT {name}";
        _release = $"RELEASE SAVEPOINT {name}";
        _rollback = $"ROLLBACK TO SAVEPOINT {name}";
    }

    public Task SaveAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection is Sqlite.KeptConnection ? RunAsync(connection, transaction, _save, cancellationToken) : transaction.SaveAsync(_name, cancellationToken);

    public Task ReleaseAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection is Sqlite.KeptConnection ? RunAsync(connection, transaction, _release, cancellationToken) : transaction.ReleaseAsync(_name, cancellationToken);

    /// <summary>Undoes what ran since <see cref="SaveAsync"/>; the savepoint itself stays (release it after).</summary>
    public Task RollbackAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection is Sqlite.KeptConnection ? RunAsync(connection, transaction, _rollback, cancellationToken) : transaction.RollbackAsync(_name, cancellationToken);

    private static async Task RunAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
