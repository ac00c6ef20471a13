using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Counts the outbox's waiting rows for <see cref="OutboxMetrics"/> every <see cref="Every"/>, and only while a
/// metrics listener reads them: one indexed count, never on a turn's path nor inside a scrape.
/// </summary>
public sealed partial class OutboxDepthSampler(IDatabase database, TimeProvider clock, ILogger<OutboxDepthSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(Every, clock);
        try
        {
            do
            {
                if (OutboxMetrics.DepthObserved)
                {
                    try
                    {
                        await SampleAsync(stoppingToken);
                    }
                    catch (DbException ex)
                    {
                        LogSampleFailed(logger, ex); // the gauge keeps its last value; the next tick tries again
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT status, COUNT(*) FROM outbox WHERE status IN ('pending', 'sending', 'waiting') GROUP BY status");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long pending = 0, waiting = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (reader.GetString(0) == "waiting")
            {
                waiting += count;
            }
            else
            {
                pending += count;
            }
        }

        OutboxMetrics.SetDepth(pending, waiting);
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Warning, Message = "Outbox depth could not be counted for the metrics")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
