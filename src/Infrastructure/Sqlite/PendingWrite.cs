using System.Data.Common;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// One caller's write waiting for the next group commit: its work, and the task the caller awaits, which
/// completes only once the transaction that holds the work has ended: committed, or the work failed alone and is
/// told after the others' commit.
/// </summary>
internal abstract class PendingWrite
{
    public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>The commit made the work durable: hand the caller its result.</summary>
    public abstract void Succeed();

    public abstract void Fail(Exception exception);

    public abstract bool IsCompleted { get; }
}

internal sealed class PendingWrite<T>(Func<DbConnection, DbTransaction, Task<T>> work) : PendingWrite
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

#pragma warning disable VSTHRD003 // The source is ours; the committing writer completes it, never this caller's context.
    public Task<T> Task => _done.Task;
#pragma warning restore VSTHRD003

    public override bool IsCompleted => _done.Task.IsCompleted;

    public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
        _result = await work(connection, transaction);

    public override void Succeed() => _done.TrySetResult(_result!);

    public override void Fail(Exception exception) => _done.TrySetException(exception);
}
