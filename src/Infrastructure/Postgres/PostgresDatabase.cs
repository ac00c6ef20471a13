using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EngageBot.Infrastructure.Postgres;

/// <summary>PostgreSQL for scale-out: every write is its own transaction; concurrency is left to row locks.</summary>
public sealed class PostgresDatabase : IDatabase, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(IOptions<StorageOptions> options)
    {
        _dataSource = NpgsqlDataSource.Create(PostgresPoolDefaults.Apply(options.Value.ConnectionString));
    }

    public StorageProvider Provider => StorageProvider.Postgres;

    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
