namespace EngageBot.Infrastructure.Sqlite;

/// <summary>Whether the process has work waiting for a thread: the signal <see cref="CommitGatherRule.Busy"/> gathers on.</summary>
internal static class WorkWaiting
{
    /// <summary>
    /// Work items queued and not yet taken (requests read, turns to resume): every pool thread is busy, so a commit
    /// that waits holds back no core. Sums the pool's queues (one per thread), no allocation.
    /// </summary>
    public static bool InThreadPool() => ThreadPool.PendingWorkItemCount > 0;
}
