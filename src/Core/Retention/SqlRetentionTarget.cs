using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Retention;

/// <summary>
/// A retention target over one table. Deletes go oldest first, <c>limit</c> rows per transaction, through the
/// same write path as turns (on SQLite, one short savepoint in the writer's queue), so a purge never holds the
/// writer for long. The same SQL runs on SQLite and PostgreSQL (row values in IN work on both). A table with an
/// order for the engine (<see cref="RetentionTable.SqliteOrder"/>, <see cref="RetentionTable.PostgresOrder"/>) is read
/// in that order up to the first young row (found by a binary search), so it needs no index on its age column; the age
/// condition still guards every delete.
/// </summary>
public sealed class SqlRetentionTarget(IDatabase database, RetentionKind kind, RetentionTable table) : IRetentionTarget
{
    private readonly string _older = $"{table.AgeColumn} < @cutoff" + (table.Condition is { } c ? $" AND ({c})" : "");
    private readonly string? _order = database.Provider == StorageProvider.Sqlite ? table.SqliteOrder : table.PostgresOrder;

    public RetentionKind Kind => kind;

    public async Task<long> CountOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var below = _order is null ? string.Empty : $" AND {_order} < @below";
        await using var command = connection.Command($"SELECT COUNT(*) FROM {table.Table} WHERE {_older}{below}")
            .With("@cutoff", cutoff.ToUnixTimeMilliseconds());
        if (_order is not null)
        {
            command.With("@below", await FirstYoungAsync(connection, _order, cutoff, cancellationToken));
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        var order = _order;
        long below = 0;
        if (order is not null)
        {
            await using var connection = await database.OpenReadAsync(cancellationToken);
            below = await FirstYoungAsync(connection, order, cutoff, cancellationToken);
        }

        return await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(order is null
                ? $"""
                  DELETE FROM {table.Table} WHERE ({table.Key}) IN (
                      SELECT {table.Key} FROM {table.Table} WHERE {_older} ORDER BY {table.AgeColumn} LIMIT @limit)
                  """
                : $"""
                  DELETE FROM {table.Table} WHERE {order} IN (
                      SELECT {order} FROM {table.Table} WHERE {order} < @below AND {_older} ORDER BY {order} LIMIT @limit)
                  """, transaction)
                .With("@cutoff", cutoff.ToUnixTimeMilliseconds()).With("@limit", limit).With("@below", below);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The smallest <paramref name="order"/> value from which on every row is at least as young as the cutoff, by
    /// binary search over the order (about 40 point reads whatever the table's size). Rows the clock put out of order
    /// only wait for a later run; the delete's own age condition never lets a young one go.
    /// </summary>
    private async Task<long> FirstYoungAsync(DbConnection connection, string order, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var bounds = connection.Command($"SELECT MIN({order}), MAX({order}) FROM {table.Table}");
        long low, high;
        await using (var reader = await bounds.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken) || await reader.IsDBNullAsync(0, cancellationToken))
            {
                return 0;
            }

            (low, high) = (reader.GetInt64(0), reader.GetInt64(1) + 1);
        }

        await using var probe = connection.Command($"SELECT {order}, {table.AgeColumn} FROM {table.Table} WHERE {order} >= @at ORDER BY {order} LIMIT 1");
        var at = probe.CreateParameter();
        at.ParameterName = "@at";
        probe.Parameters.Add(at);
        var cutoffMs = cutoff.ToUnixTimeMilliseconds();
        while (low < high)
        {
            at.Value = low + ((high - low) / 2);
            await using var reader = await probe.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.GetInt64(1) >= cutoffMs)
            {
                high = (long)at.Value;
            }
            else
            {
                low = reader.GetInt64(0) + 1;
            }
        }

        return low;
    }
}
