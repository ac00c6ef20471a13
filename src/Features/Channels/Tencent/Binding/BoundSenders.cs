using EngageBot.Core.Protocol;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// Makes a bound account's messages the member's: the activity acts as the member's key (<c>engagebot/dl_{number}</c>),
/// so sign-ups, 我的报名 and their state are the same as on the member page. Only while the member is active on the
/// roster; everyone else writes as their own account.
/// </summary>
public sealed class BoundSenders(ChannelBindingStore bindings, IMemberRoster roster)
{
    public async Task<Activity> ActAsync(BindingChannel channel, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.Id is not { Length: > 0 } userId
            || await bindings.FindMemberAsync(channel, userId, cancellationToken) is not { } number
            || await roster.FindAsync(number, cancellationToken) is not { IsActive: true } member)
        {
            return activity;
        }

        // WeChat and WeCom name no sender; the roster's name is what a 接龙 list or a sign-up should show.
        var from = string.IsNullOrWhiteSpace(activity.From.Name) ? activity.From with { Name = member.Name } : activity.From;
        return activity with { ActingMember = MemberDirectChat.MemberKey(number).Format(), From = from };
    }
}
