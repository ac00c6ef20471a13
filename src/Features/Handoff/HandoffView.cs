using EngageBot.Features.Groups;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Handoff;

/// <summary>
/// A hand-off ticket as the inbox shows it. <see cref="FirstReplySeconds"/> is the time to first reply once
/// staff answered; until then <see cref="WaitingSeconds"/> says how long the member has been waiting and
/// <see cref="ReturnAt"/> when, still unanswered, the member goes back to the bot.
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
    DateTimeOffset? ReturnAt,
    IReadOnlyList<TranscriptLine>? Transcript = null)
{
    /// <summary>When the ticket went back to the bot unanswered (the "returned" list); staff may still reply to follow up.</summary>
    public DateTimeOffset? ReturnedAt { get; init; }
}
