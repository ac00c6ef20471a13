using EngageBot.Core.Privacy;
using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Privacy;

/// <summary>
/// A member number as every feature stores its member: the member page's user <c>dl_{number}</c> on the built-in
/// channel and their stable 1:1 chat. An account on another channel (a WeChat openid, a WeCom userid) is a subject of
/// its own (<see cref="ForAccount"/>): on its own when nobody bound it, beside its member when bound.
/// </summary>
public static class DataSubjects
{
    public static DataSubject For(string memberNumber)
    {
        var number = SqlMemberRoster.Normalize(memberNumber);
        var userId = MemberIdentity.UserId(number);
        return new DataSubject(
            number,
            new MemberKey(DirectLineChannel.ChannelId, userId),
            new ConversationKey(DirectLineChannel.ChannelId, MemberIdentity.DirectConversationId(userId)));
    }

    /// <summary>
    /// An account of another channel as a subject: its member key and its 1:1 chat (WeChat and WeCom name the chat
    /// after the sender). Its "member number" is the key's text, which no roster number can equal ('/' is not allowed
    /// in one), so the roster's shares find nothing for it.
    /// </summary>
    public static DataSubject ForAccount(MemberKey account) =>
        new(account.Format(), account, new ConversationKey(account.ChannelId, account.UserId));

    /// <summary>The member number a member-page user id names, or null for any other id.</summary>
    public static string? MemberNumberOf(string userId) =>
        userId.StartsWith(MemberIdentity.UserIdPrefix, StringComparison.Ordinal) && userId.Length > MemberIdentity.UserIdPrefix.Length
            ? userId[MemberIdentity.UserIdPrefix.Length..]
            : null;
}
