using EngageBot.Core.Retention;

namespace EngageBot.Features.Operations;

/// <summary>One kind's figure in a retention run: rows older than <see cref="Cutoff"/> found (dry run) or deleted.</summary>
public sealed record RetentionCount(RetentionKind Kind, TimeSpan Limit, DateTimeOffset Cutoff, long Rows);
