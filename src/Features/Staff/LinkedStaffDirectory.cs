using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Staff;

/// <summary>
/// A chat member is staff when a staff account is linked to their member number by the staff member themselves
/// (signed in to both the console and the member page): member-page users are <c>dl_{number}</c> on the built-in
/// Direct Line channel, and their tokens come only from the SMS-verified sign-in. A number an admin typed in counts
/// for nothing. Members of other channels have no member number and are never staff here.
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
