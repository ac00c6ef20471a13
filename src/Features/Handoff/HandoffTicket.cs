using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>
/// A conversation handed to union staff. Its messages are the conversation's transcript. Unanswered at
/// <see cref="ReturnAt"/>, it returns the member to the bot.
/// </summary>
public sealed record HandoffTicket(
    string Id,
    ConversationKey ConversationKey,
    string? MemberId,
    string? MemberName,
    HandoffStatus Status,
    HandoffReason Reason,
    Language Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstReplyAt,
    DateTimeOffset? LastMemberMessageAt,
    int MemberMessages,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    DateTimeOffset? ReturnAt = null);
