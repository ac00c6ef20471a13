using EngageBot.Features.Groups;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Handoff;

/// <summary>
/// A hand-off ticket as the inbox shows it. <see cref="FirstReplySeconds"/> is the time to first reply once
/// staff answered; until then <see cref="WaitingSeconds"/> says how long the member has been waiting.
/// </summary>
public sealed record HandoffView(
    string Id,
    string? MemberName,
    string Status,
    string Reason,
    string Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstReplyAt,
    long? FirstReplySeconds,
    long? WaitingSeconds,
    int MemberMessages,
    IReadOnlyList<TranscriptLine>? Transcript = null);
