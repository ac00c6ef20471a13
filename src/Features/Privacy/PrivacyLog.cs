using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Personal data logs. EventIds 1500–1599. Counts and staff account ids only: never the member's number, name,
/// phone or messages (the audit log records which member, for the staff who may see it).
/// </summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Exported a member's personal data: {Rows} rows in {Tables} tables")]
    public static partial void Exported(ILogger logger, int tables, int rows);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information,
        Message = "Staff account {StaffId} erased a member's personal data (again: {Again}): {Deleted} rows deleted, {Anonymised} rows anonymised")]
    public static partial void Erased(ILogger logger, string? staffId, bool again, int deleted, int anonymised);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Erasure refused: the confirmation did not repeat the member number")]
    public static partial void ErasureUnconfirmed(ILogger logger);
}
