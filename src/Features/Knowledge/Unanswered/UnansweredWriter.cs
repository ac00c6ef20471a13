using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>Writes the queued unanswered questions off the turn path: whatever has gathered, in one transaction.</summary>
public sealed partial class UnansweredWriter(UnansweredRecorder recorder, ILogger<UnansweredWriter> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken); // what the last turns queued
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await recorder.Pending.WaitToReadAsync(stoppingToken))
            {
                await WriteAsync(stoppingToken);
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
}
