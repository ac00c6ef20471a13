using System.Diagnostics;
using EngageBot.Core.Retention;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Operations;

/// <summary>
/// Applies the retention limits to every registered <see cref="IRetentionTarget"/>: counts what is older (the dry
/// run), or deletes it oldest first in batches, pausing between batches so turns never wait behind a purge.
/// One run at a time; the cutoffs are taken once, when the run starts.
/// </summary>
public sealed class RetentionRun(
    IEnumerable<IRetentionTarget> targets, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionRun> logger) : IDisposable
{
    private readonly IRetentionTarget[] _targets = [.. targets.OrderBy(t => t.Kind)];
    private readonly SemaphoreSlim _oneRun = new(1, 1);

    public async Task<IReadOnlyList<RetentionCount>> DryRunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = new List<RetentionCount>(_targets.Length);
        foreach (var target in _targets)
        {
            var (limit, cutoff) = CutoffOf(target.Kind, now);
            counts.Add(new RetentionCount(target.Kind, limit, cutoff, await target.CountOlderThanAsync(cutoff, cancellationToken)));
        }

        return counts;
    }

    public async Task<IReadOnlyList<RetentionCount>> PurgeAsync(CancellationToken cancellationToken)
    {
        await _oneRun.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var deleted = new List<RetentionCount>(_targets.Length);
            foreach (var target in _targets)
            {
                var (limit, cutoff) = CutoffOf(target.Kind, now);
                deleted.Add(new RetentionCount(target.Kind, limit, cutoff, await PurgeAsync(target, cutoff, cancellationToken)));
            }

            return deleted;
        }
        finally
        {
            _oneRun.Release();
        }
    }

    private async Task<long> PurgeAsync(IRetentionTarget target, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        long total = 0;
        int batch;
        do
        {
            batch = await target.DeleteOlderThanAsync(cutoff, settings.BatchSize, cancellationToken);
            total += batch;
            if (batch == settings.BatchSize && settings.PauseBetweenBatches > TimeSpan.Zero)
            {
                // The pause lets the writer's queue drain; it is not a time rule, so the real clock measures it.
                await Task.Delay(settings.PauseBetweenBatches, TimeProvider.System, cancellationToken);
            }
        }
        while (batch == settings.BatchSize);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        OperationsLog.RetentionDeleted(logger, target.Kind, total, elapsed);
        return total;
    }

    private (TimeSpan Limit, DateTimeOffset Cutoff) CutoffOf(RetentionKind kind, DateTimeOffset now)
    {
        var limit = options.Value.LimitOf(kind);
        return (limit, now - limit);
    }

    public void Dispose() => _oneRun.Dispose();
}
