using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Sends what the outbox holds. Each round claims at most <see cref="DeliveryOptions.Concurrency"/> rows, sends
/// them at once (external channels through <see cref="OutboundRouter"/>, in-process channels inside the
/// completing transaction), and records every outcome in one transaction. A stop request lets the round in
/// hand finish and be recorded, so a graceful stop repeats nothing; a SIGKILL can repeat at most the external
/// sends of the one round in flight.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore outbox,
    NoticeStore notices,
    OutboundRouter router,
    IEnumerable<ITransactionalActivitySender> inProcessSenders,
    ChannelRateLimiter rateLimiter,
    OutboxSignal signal,
    IDatabase database,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly ITransactionalActivitySender[] _inProcess = [.. inProcessSenders];
    private readonly ConcurrentDictionary<string, Notice?> _notices = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            // One SQLite process: every claim left over is from a previous life (crash); send those again.
            var released = await outbox.ReleaseAsync(
                database.Provider == StorageProvider.Sqlite ? null : clock.GetUtcNow(), clock.GetUtcNow(), stoppingToken);
            if (released > 0)
            {
                LogReleased(logger, released);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                // The round is not cancelled by a stop request: it is short, and finishing it is what keeps a graceful stop repeat-free.
                var handled = await RunRoundAsync(CancellationToken.None);
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
        if (database.Provider == StorageProvider.Postgres)
        {
            await outbox.ReleaseAsync(now, now, cancellationToken);
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
                var prepared = await PrepareAsync(item, ct);
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
        await outbox.CompleteAsync(recorded, clock.GetUtcNow(), appendInProcess, cancellationToken);
        foreach (var group in inProcess.GroupBy(x => x.Sender))
        {
            await group.Key.PublishCommittedAsync([.. group.Select(x => x.Reference)], cancellationToken);
        }

        return batch.Count;
    }

    private async Task<(OutboxOutcome? Outcome, ConversationReference? Reference, Activity? Activity)> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (!_notices.TryGetValue(item.NoticeId, out var notice))
        {
            notice = await notices.GetAsync(item.NoticeId, cancellationToken);
            if (_notices.Count > 1000)
            {
                _notices.Clear();
            }

            _notices[item.NoticeId] = notice;
        }

        if (notice is null)
        {
            return (OutboxOutcome.Failed(item.Id, "notice_missing"), null, null);
        }

        var reference = item.ReferenceJson is null ? null : JsonSerializer.Deserialize(item.ReferenceJson, ProtocolJson.Default.ConversationReference);
        return reference is null
            ? (OutboxOutcome.Failed(item.Id, "unreachable"), null, null)
            : (null, reference, NoticeMessageBuilder.Build(notice, reference));
    }

    private async Task<OutboxOutcome> SendExternalAsync(OutboxItem item, ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await rateLimiter.WaitAsync(reference.ChannelId, cancellationToken);
            await router.SendAsync(reference, activity, cancellationToken);
            return OutboxOutcome.Sent(item.Id);
        }
        catch (HttpRequestException ex) when (IsTransient(ex.StatusCode))
        {
            return Retry(item, Reason(ex), RetryAfter(ex));
        }
        catch (HttpRequestException ex)
        {
            LogFailed(logger, item.Id, (int?)ex.StatusCode);
            return OutboxOutcome.Failed(item.Id, Reason(ex));
        }
        catch (InvalidOperationException)
        {
            // No sender for the channel, or a serviceUrl that no verified request carried: retrying cannot help.
            return OutboxOutcome.Failed(item.Id, "no_channel");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Retry(item, "timeout", null);
        }
    }

    private OutboxOutcome Retry(OutboxItem item, string reason, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        if (item.Attempts >= settings.MaxAttempts)
        {
            LogGaveUp(logger, item.Id, item.Attempts);
            return OutboxOutcome.Failed(item.Id, reason);
        }

        var backoff = settings.BaseDelay * Math.Pow(2, item.Attempts - 1) * (0.75 + (Random.Shared.NextDouble() / 2));
        var delay = retryAfter is { } after && after > backoff ? after : backoff;
        delay = delay < settings.MaxDelay ? delay : settings.MaxDelay;
        return OutboxOutcome.Retry(item.Id, reason, clock.GetUtcNow() + delay);
    }

    private static bool IsTransient(HttpStatusCode? status) =>
        status is null || status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>"http_429", "http_403", …, or "network" when no answer came.</summary>
    private static string Reason(HttpRequestException ex) =>
        ex.StatusCode is { } status ? "http_" + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : "network";

    /// <summary>The channel's Retry-After, when the sender put it on the exception (<c>Data["RetryAfter"]</c>).</summary>
    private static TimeSpan? RetryAfter(HttpRequestException ex) => ex.Data["RetryAfter"] as TimeSpan?;

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Outbox: {Count} rows claimed before a restart are pending again")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Outbox row {Id}: permanent failure (status {Status})")]
    private static partial void LogFailed(ILogger logger, long id, int? status);

    [LoggerMessage(EventId = 602, Level = LogLevel.Warning, Message = "Outbox row {Id}: giving up after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, long id, int attempts);
}
