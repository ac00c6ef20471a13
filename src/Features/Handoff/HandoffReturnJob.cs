using Microsoft.Extensions.Logging;
using Quartz;

namespace EngageBot.Features.Handoff;

/// <summary>Runs <see cref="HandoffReturns"/> on Quartz's persistent schedule. A failed run is logged and runs again next time.</summary>
[DisallowConcurrentExecution]
public sealed partial class HandoffReturnJob(HandoffReturns returns, ILogger<HandoffReturnJob> logger) : IJob
{
    public static readonly JobKey Key = new("handoff-returns", "handoff");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await returns.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 804, Level = LogLevel.Warning, Message = "Returning unanswered hand-offs to the bot failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
