using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>How an activity change went.</summary>
public enum ActivityUpdateKind
{
    Updated,
    NotFound,
    AlreadyCancelled,
    CapacityBelowConfirmed,
}

/// <summary>
/// The answer to an activity change; <see cref="NoticeIds"/> are the notices queued in the same transaction
/// (members promoted by a larger capacity, everyone signed up or waiting when the time or place moved, or everyone
/// signed up to a cancelled activity).
/// </summary>
public sealed record ActivityUpdateResult(ActivityUpdateKind Kind, ActivityRecord? Activity, IReadOnlyList<long> NoticeIds);
