using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace EngageBot.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. Readers use pooled connections and never block the writer; writes go
/// through one long-lived connection, one transaction at a time, in the order they were asked for.
/// </summary>
public sealed class SqliteDatabase : IDatabase, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;

    static SqliteDatabase() => SQLitePCL.Batteries_V2.Init();

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            Pooling = true,
            Mode = SqliteOpenMode.ReadWriteCreate,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = builder.ToString();
        DataSource = Path.GetFullPath(builder.DataSource);
    }

    public StorageProvider Provider => StorageProvider.Sqlite;

    /// <summary>The database file's full path.</summary>
    public string DataSource { get; }

    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await GetWriterAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> GetWriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return _writer;
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // WAL lets readers run beside the writer; NORMAL syncs at checkpoints, which WAL keeps crash-safe.
        // busy_timeout=0: this e_sqlite3 build's busy handler sleeps in whole seconds, so a write that meets
        // Quartz's (same file) waited ~1 s; Microsoft.Data.Sqlite's own retry loop waits in 150 ms steps instead.
        await using var pragma = connection.Command(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=0;");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        _writer = connection;
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        _writeGate.Dispose();
    }
}
