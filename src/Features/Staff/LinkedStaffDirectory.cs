using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Staff;

/// <summary>
/// A chat member is staff when a staff account is linked to their member number: member-page users are
/// <c>dl_{number}</c> on the built-in Direct Line channel. Members of other channels have no member number and
/// are never staff here.
/// </summary>
public sealed class LinkedStaffDirectory(StaffMemberNumbers links) : IStaffDirectory
{
    private const string UserPrefix = "dl_";

    public async Task<bool> IsStaffAsync(MemberKey member, CancellationToken cancellationToken) =>
        member.ChannelId == DirectLineChannel.ChannelId
        && member.UserId.StartsWith(UserPrefix, StringComparison.Ordinal)
        && member.UserId.Length > UserPrefix.Length
        && await links.IsStaffAsync(member.UserId[UserPrefix.Length..], cancellationToken);
}
