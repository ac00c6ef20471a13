using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>Writes the queued unanswered questions off the turn path: whatever has gathered, in one transaction.</summary>
public sealed partial class UnansweredWriter(UnansweredRecorder recorder, ILogger<UnansweredWriter> logger) : BackgroundService
{
    /// <summary>Writes what the last turns queued, within the stop's time; a stop out of time leaves them unwritten, never fails.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await WriteAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogStopOutOfTime(logger);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await recorder.Pending.WaitToReadAsync(stoppingToken))
            {
                // Not the stopping token: a batch taken off the queue is written even when the stop comes meanwhile.
                await WriteAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await recorder.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotWritten(logger, ex); // the questions are lost; the turns were not held up for them
        }
    }

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "Unanswered questions could not be stored")]
    private static partial void LogNotWritten(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 703, Level = LogLevel.Warning, Message = "The stop ran out of time before the last unanswered questions were stored")]
    private static partial void LogStopOutOfTime(ILogger logger);
}
