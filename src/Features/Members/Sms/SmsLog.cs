using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// SMS logs. EventIds 1200–1209. Provider names, outcomes and the provider's error code only: never phone
/// numbers, codes, message texts or keys.
/// </summary>
internal static partial class SmsLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning,
        Message = "Member sign-in is off: no SMS provider is configured. Set Sms:Provider to Tencent or Aliyun and its Sms:Tencent:* or Sms:Aliyun:* settings (see README, \"Member sign-in and SMS\")")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "Member sign-in codes are not sent by SMS: they are written to {FilePath} (Sms:Provider = File). Set Sms:Provider to Tencent or Aliyun to send them")]
    public static partial void WritingToFile(ILogger logger, string filePath);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Member sign-in codes are sent by {Provider} SMS")]
    public static partial void Sending(ILogger logger, SmsProvider provider);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "{Provider} SMS refused a sign-in code: {ErrorCode} ({Outcome})")]
    public static partial void Refused(ILogger logger, SmsProvider provider, string errorCode, SmsOutcome outcome);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "{Provider} SMS could not be reached: {Failure}")]
    public static partial void Unreachable(ILogger logger, SmsProvider provider, string failure);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "The SMS queue is full; a sign-in code was dropped (the member can ask again)")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Debug, Message = "{Provider} SMS accepted a sign-in code")]
    public static partial void Sent(ILogger logger, SmsProvider provider);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Error, Message = "Sending a sign-in code failed unexpectedly: {Failure}")]
    public static partial void SendFailed(ILogger logger, string failure);
}
