using EngageBot.Core.State;

namespace EngageBot.Features.Notices;

/// <summary>
/// A member to reach, and the conversation to send to when the source knows it (else the member's own 1:1
/// conversation is looked up). A group reached as a whole is its own recipient: <see cref="ForConversation"/>.
/// <see cref="ConversationMember"/> is whom the conversation's reference is stored under when that is not
/// <see cref="Member"/>: a bound account's chat, a sign-up's group (layout E finds a reference by member and key).
/// </summary>
public sealed record AudienceMember(MemberKey Member, ConversationKey? Conversation = null, MemberKey? ConversationMember = null)
{
    /// <summary>The member the conversation's reference is stored under.</summary>
    public MemberKey ReferenceMember => ConversationMember ?? Member;

    /// <summary>A conversation posted to as a whole (a group's "/notice"): its key stands for the recipient too.</summary>
    public static AudienceMember ForConversation(ConversationKey conversation) =>
        new(new MemberKey(conversation.ChannelId, conversation.ConversationId), conversation);
}
