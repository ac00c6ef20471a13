using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Outbox;

public sealed partial class ParkedReplies
{
    [LoggerMessage(EventId = 620, Level = LogLevel.Warning, Message = "A reply could not be delivered at once; the outbox delivers it")]
    private static partial void LogDeferred(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 621, Level = LogLevel.Error, Message = "The channel refused a reply")]
    private static partial void LogRefused(ILogger logger, Exception exception);
}
