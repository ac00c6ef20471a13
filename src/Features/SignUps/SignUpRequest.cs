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
    IReadOnlyDictionary<string, string>? Answers = null);
