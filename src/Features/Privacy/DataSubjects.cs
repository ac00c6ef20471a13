using EngageBot.Core.Privacy;
using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Privacy;

/// <summary>
/// A member number as every feature stores its member: the member page's user <c>dl_{number}</c> on the built-in
/// channel and their stable 1:1 chat. Members of WeChat, WeCom or Azure channels carry no member number, so
/// nothing ties them to a roster entry.
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

    /// <summary>The member number a member-page user id names, or null for any other id.</summary>
    public static string? MemberNumberOf(string userId) =>
        userId.StartsWith(MemberIdentity.UserIdPrefix, StringComparison.Ordinal) && userId.Length > MemberIdentity.UserIdPrefix.Length
            ? userId[MemberIdentity.UserIdPrefix.Length..]
            : null;
}
