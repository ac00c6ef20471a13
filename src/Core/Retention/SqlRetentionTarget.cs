using EngageBot.Infrastructure;

namespace EngageBot.Core.Retention;

/// <summary>
/// A retention target over one table. Deletes go oldest first, <c>limit</c> rows per transaction, through the
/// same write path as turns (on SQLite, one short savepoint in the writer's queue), so a purge never holds the
/// writer for long. The same SQL runs on SQLite and PostgreSQL (row values in IN work on both).
/// </summary>
public sealed class SqlRetentionTarget(IDatabase database, RetentionKind kind, RetentionTable table) : IRetentionTarget
{
    private readonly string _older = $"{table.AgeColumn} < @cutoff" + (table.Condition is { } c ? $" AND ({c})" : "");

    public RetentionKind Kind => kind;

    public async Task<long> CountOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT COUNT(*) FROM {table.Table} WHERE {_older}")
            .With("@cutoff", cutoff.ToUnixTimeMilliseconds());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                $"""
                DELETE FROM {table.Table} WHERE ({table.Key}) IN (
                    SELECT {table.Key} FROM {table.Table} WHERE {_older} ORDER BY {table.AgeColumn} LIMIT @limit)
                """, transaction)
                .With("@cutoff", cutoff.ToUnixTimeMilliseconds()).With("@limit", limit);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
