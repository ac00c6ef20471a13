using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A member asking for a seat. <see cref="SourceKey"/> identifies the request (e.g. the inbound message), so
/// a retried request finds its own sign-up instead of making another; <see cref="ConversationKey"/> is where
/// to tell the member later (their 1:1 conversation when known); <see cref="Answers"/> are the sign-up form's
/// answers (stored with the seat, in the same transaction).
/// </summary>
public sealed record SignUpRequest(
    string ActivityId,
    MemberKey Member,
    string DisplayName,
    string Language,
    ConversationKey? ConversationKey,
    string? SourceKey,
    IReadOnlyDictionary<string, string>? Answers = null)
{
    /// <summary>Whom <see cref="ConversationKey"/>'s reference is stored under, when not <see cref="Member"/> (a group, a bound account's chat).</summary>
    public MemberKey? ConversationMember { get; init; }

    /// <summary>The stored form of the conversation's member, null without a conversation.</summary>
    public string? ConversationMemberText => ConversationKey is null ? null : (ConversationMember ?? Member).Format();
}
