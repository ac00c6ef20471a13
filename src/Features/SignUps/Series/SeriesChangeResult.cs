namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// The answer to a series change. <see cref="Blocking"/> is the occurrence that made it refuse (nothing changed);
/// <see cref="Results"/> are the occurrences changed or cancelled, with the news each queued.
/// </summary>
public sealed record SeriesChangeResult(SeriesChangeKind Kind, ActivityRecord? Blocking, IReadOnlyList<ActivityUpdateResult> Results);
