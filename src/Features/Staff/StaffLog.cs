using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Staff;

/// <summary>
/// Staff sign-in logs. EventIds 2000–2019. Account ids only: never user names' passwords, tokens or hashes.
/// </summary>
internal static partial class StaffLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Staff account {AccountId} signed in")]
    public static partial void SignedIn(ILogger logger, string accountId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Wrong password for staff account {AccountId}")]
    public static partial void WrongPassword(ILogger logger, string accountId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sign-in refused: staff account {AccountId} is locked out")]
    public static partial void LockedOut(ILogger logger, string accountId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Sign-in with an unknown staff user name")]
    public static partial void UnknownUser(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Created the bootstrap admin account {AccountId}")]
    public static partial void BootstrapCreated(ILogger logger, string accountId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Staff:BootstrapAdmin is not set: no first admin is created (set UserName and Password to create one)")]
    public static partial void NoBootstrapAdmin(ILogger logger);
}
