using System.Collections.Concurrent;
using System.Data.Common;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;
using EngageBot.Features.Notices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The one dispatcher: sends everything the outbox holds (notices, reminders, sign-up news, hand-off replies,
/// turn replies not delivered at once). Each round claims at most <see cref="DeliveryOptions.Concurrency"/> rows
/// (the oldest waiting row of each conversation), renders them (<see cref="IOutboxRenderer"/>, or the ready
/// payload), sends them at once (external channels through <see cref="OutboundRouter"/> with the row's key as
/// the activity id, in-process channels inside the completing transaction), and records every outcome in one
/// transaction. A stop request lets the round in
/// hand finish and be recorded, so a graceful stop repeats nothing; a SIGKILL can repeat at most the external
/// sends of the one round in flight.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore outbox,
    ParkedReplies parked,
    IEnumerable<IOutboxRenderer> renderers,
    OutboxHolds holds,
    OutboundRouter router,
    IEnumerable<ITransactionalActivitySender> inProcessSenders,
    ChannelRateLimiter rateLimiter,
    OutboxRetryPolicy retries,
    OutboxSignal signal,
    WaitingDeliveries waiting,
    IDatabase database,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly ITransactionalActivitySender[] _inProcess = [.. inProcessSenders];
    private readonly IOutboxRenderer[] _renderers = [.. renderers];
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// Takes back what a previous life left before the service starts listening: run beside the first turns, the
    /// SQLite recovery (which takes every parked row) would also take a reply a new turn had just parked and sent,
    /// and send it twice.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // One SQLite process: every claim or parked reply left over is from a previous life (crash); send those again.
        var released = await parked.RecoverAsync(database.Provider == StorageProvider.Sqlite ? null : clock.GetUtcNow(), cancellationToken);
        released += await outbox.ReleaseAsync(
            database.Provider == StorageProvider.Sqlite ? null : clock.GetUtcNow(), clock.GetUtcNow(), cancellationToken);
        if (released > 0)
        {
            LogReleased(logger, released);
        }

        await holds.LoadAsync(cancellationToken);

        // Members whose first sign-in came while their held notices could not be released (a crash between the two).
        await waiting.ReleaseStartedAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // The round is not cancelled by a stop request: it is short, and finishing it is what keeps a graceful stop repeat-free.
                var handled = await TryRunRoundAsync();
                if (handled == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Claims, sends and records one round; returns how many rows it handled.</summary>
    public async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (database.Provider == StorageProvider.Postgres || now >= _nextSweep)
        {
            // PostgreSQL: another instance may have died holding rows. SQLite: a claim this process could not settle
            // (its database failed under it) comes back once its lease ran out; swept once per lease, not every round.
            await parked.RecoverAsync(now, cancellationToken);
            await outbox.ReleaseAsync(now, now, cancellationToken);
            _nextSweep = now + settings.Lease;
        }

        var batch = await outbox.ClaimAsync(settings.Concurrency, now, now + settings.Lease, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var outcomes = new ConcurrentBag<OutboxOutcome>();
        var inProcess = new ConcurrentBag<(OutboxItem Item, ConversationReference Reference, Activity Activity, ITransactionalActivitySender Sender)>();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                var prepared = await PrepareAsync(item, retries, _renderers, ct);
                if (prepared.Outcome is { } early)
                {
                    outcomes.Add(early);
                }
                else if (_inProcess.FirstOrDefault(s => s.Handles(prepared.Reference!)) is { } sender)
                {
                    inProcess.Add((item, prepared.Reference!, prepared.Activity!, sender));
                }
                else
                {
                    outcomes.Add(await SendExternalAsync(item, prepared.Reference!, prepared.Activity!, ct));
                }
            });

        Func<DbConnection, DbTransaction, Task>? appendInProcess = inProcess.IsEmpty ? null : async (connection, transaction) =>
        {
            foreach (var (item, reference, activity, sender) in inProcess)
            {
                await sender.AppendAsync(reference, activity, connection, transaction, cancellationToken);
            }
        };
        OutboxOutcome[] recorded = [.. outcomes, .. inProcess.Select(x => OutboxOutcome.Sent(x.Item.Id))];
        var completedAt = clock.GetUtcNow();
        try
        {
            await outbox.CompleteAsync(recorded, completedAt, appendInProcess, cancellationToken);
        }
        catch (Exception ex) when (appendInProcess is not null && ex is DbException or IOException)
        {
            // An in-process append failed (its write: a disk, lock or busy error) and rolled the whole transaction back, so
            // nothing was appended: those rows are retried with backoff; the other outcomes are recorded as they happened.
            LogAppendFailed(logger, inProcess.Count, ex);
            recorded = [.. outcomes, .. inProcess.Select(x => retries.AfterFailure(x.Item, ex))];
            inProcess.Clear();
            await outbox.CompleteAsync(recorded, completedAt, null, cancellationToken);
        }
        RecordOutcomes(batch, recorded, completedAt);
        foreach (var group in inProcess.GroupBy(x => x.Sender))
        {
            await group.Key.PublishCommittedAsync([.. group.Select(x => x.Reference)], cancellationToken);
        }

        await holds.ReleaseDrainedAsync(batch.Select(item => item.ReferenceKey), cancellationToken);
        return batch.Count;
    }

    private async Task<OutboxOutcome> SendExternalAsync(OutboxItem item, ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await rateLimiter.WaitAsync(reference.ChannelId, cancellationToken);
            using var once = OutboxDelivery.Begin();
            await router.SendAsync(reference, activity, cancellationToken);
            return OutboxOutcome.Sent(item.Id);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return retries.AfterFailure(item, ex);
        }
    }

    /// <summary>A round whose database failed under it is logged and tried again after the poll interval; the loop goes on.</summary>
    private async Task<int> TryRunRoundAsync()
    {
        try
        {
            return await RunRoundAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            LogRoundFailed(logger, ex);
            return 0;
        }
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Outbox: {Count} rows claimed before a restart are pending again")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 603, Level = LogLevel.Warning, Message = "Outbox: {Count} in-process deliveries could not be appended; retried with backoff")]
    private static partial void LogAppendFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 604, Level = LogLevel.Error, Message = "Outbox: a dispatcher round failed on the database; trying again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
