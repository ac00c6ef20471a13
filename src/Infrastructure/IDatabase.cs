using System.Data.Common;

namespace EngageBot.Infrastructure;

/// <summary>
/// The provider seam: every store runs its SQL through this, so SQLite and PostgreSQL differ only here
/// and in the schema scripts. SQL uses <c>@name</c> parameters, which both providers accept.
/// </summary>
public interface IDatabase
{
    StorageProvider Provider { get; }

    /// <summary>
    /// Opens a connection for reads. Callers dispose it. On PostgreSQL also for a write that is one statement or one
    /// batch, which runs as its own implicit transaction (no BEGIN/COMMIT round trips).
    /// </summary>
    Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it. SQLite allows one writer at a time,
    /// so there writes are queued here instead of failing with SQLITE_BUSY.
    /// </summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);
}
