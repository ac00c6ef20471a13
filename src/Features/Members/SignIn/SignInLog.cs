using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Member sign-in logs. EventIds 1210–1219. Outcomes only: never member numbers, names, phone numbers or codes.
/// </summary>
internal static partial class SignInLog
{
    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "A sign-in code was sent to a member's phone")]
    public static partial void CodeQueued(ILogger logger);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Information, Message = "A sign-in asked for a code with a number and name that match no active member; nothing was sent")]
    public static partial void NoMatch(ILogger logger);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Information, Message = "A member signed in with a code")]
    public static partial void Verified(ILogger logger);

    [LoggerMessage(EventId = 1213, Level = LogLevel.Information, Message = "A sign-in code was refused: {Check}")]
    public static partial void Refused(ILogger logger, CodeCheck check);

    [LoggerMessage(EventId = 1214, Level = LogLevel.Warning, Message = "Sign-in refused by a limit: {Limit}")]
    public static partial void Limited(ILogger logger, string limit);

    [LoggerMessage(EventId = 1215, Level = LogLevel.Information, Message = "A member signed out everywhere")]
    public static partial void SignedOutEverywhere(ILogger logger);
}
