using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>Account binding logs (EventIds 1110–1119): the channel and the outcome, never an openid, code, state or member.</summary>
internal static partial class BindingLog
{
    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "{Channel} web authorisation refused: {Reason}")]
    public static partial void Refused(ILogger logger, BindingChannel channel, string reason);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "{Channel} refused the web authorisation code: errcode {ErrorCode}")]
    public static partial void CodeRefused(ILogger logger, BindingChannel channel, int errorCode);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Error, Message = "{Channel} web authorisation code could not be exchanged")]
    public static partial void ExchangeFailed(ILogger logger, BindingChannel channel, Exception exception);

    [LoggerMessage(EventId = 1113, Level = LogLevel.Information, Message = "{Channel} web authorisation identified the account; ticket issued")]
    public static partial void Identified(ILogger logger, BindingChannel channel);

    [LoggerMessage(EventId = 1114, Level = LogLevel.Information, Message = "{Channel} account binding: {Outcome}")]
    public static partial void Changed(ILogger logger, BindingChannel channel, BindOutcome outcome);

    [LoggerMessage(EventId = 1115, Level = LogLevel.Information, Message = "{Channel} account unbound by its member")]
    public static partial void Unbound(ILogger logger, BindingChannel channel);
}
