using EngageBot.Core.State;

namespace EngageBot.Features.Notices;

/// <summary>
/// A member to reach, and the conversation to send to when the source knows it (else the member's own 1:1
/// conversation is looked up). A group reached as a whole is its own recipient: <see cref="ForConversation"/>.
/// </summary>
public sealed record AudienceMember(MemberKey Member, ConversationKey? Conversation = null)
{
    /// <summary>A conversation posted to as a whole (a group's "/notice"): its key stands for the recipient too.</summary>
    public static AudienceMember ForConversation(ConversationKey conversation) =>
        new(new MemberKey(conversation.ChannelId, conversation.ConversationId), conversation);
}
