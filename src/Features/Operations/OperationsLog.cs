using EngageBot.Core.Retention;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Operations;

/// <summary>The operations feature's logs (EventIds 1400–1499). File names only: never row contents.</summary>
internal static partial class OperationsLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Retention deleted {Rows} rows of {Kind} in {ElapsedMs:F0} ms")]
    public static partial void RetentionDeleted(ILogger logger, RetentionKind kind, long rows, double elapsedMs);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Error, Message = "The scheduled retention run failed; it runs again at its next time")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1410, Level = LogLevel.Information, Message = "Backup {FileName} written ({Bytes} bytes) in {ElapsedMs:F0} ms")]
    public static partial void BackupWritten(ILogger logger, string fileName, long bytes, double elapsedMs);

    [LoggerMessage(EventId = 1411, Level = LogLevel.Information, Message = "Old backup {FileName} deleted (keeping {Keep})")]
    public static partial void BackupRotated(ILogger logger, string fileName, int keep);

    [LoggerMessage(EventId = 1412, Level = LogLevel.Error, Message = "The scheduled backup failed; it runs again at its next time")]
    public static partial void BackupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1420, Level = LogLevel.Information, Message = "Scheduled {Job} with \"{Schedule}\" in {TimeZone}")]
    public static partial void JobScheduled(ILogger logger, string job, string schedule, string timeZone);
}
