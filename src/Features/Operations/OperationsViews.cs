using EngageBot.Core.Retention;

namespace EngageBot.Features.Operations;

/// <summary>One kind in the retention report: its limit in days, the cutoff, and rows older (dry run) or deleted.</summary>
public sealed record RetentionView(RetentionKind Kind, double LimitDays, DateTimeOffset Cutoff, long Rows)
{
    public static List<RetentionView> From(IEnumerable<RetentionCount> counts) =>
        [.. counts.Select(c => new RetentionView(c.Kind, c.Limit.TotalDays, c.Cutoff, c.Rows))];
}

/// <summary>The backup folder, how many backups are kept, and the backups there (newest first).</summary>
public sealed record BackupList(string Folder, int Keep, IReadOnlyList<BackupFile> Backups);
