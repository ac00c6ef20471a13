using EngageBot.Core.State;

namespace EngageBot.Core.Privacy;

/// <summary>
/// One member as every feature stores them: the roster's member number, their key as a chat user
/// (<c>engagebot/dl_{number}</c>) and their 1:1 chat with the bot. Built once by the privacy feature, which knows how
/// the member page derives these, so no feature has to.
/// </summary>
public sealed record DataSubject(string MemberNumber, MemberKey Member, ConversationKey DirectConversation)
{
    public string UserId => Member.UserId;
}
