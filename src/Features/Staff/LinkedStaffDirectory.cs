using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Staff;

/// <summary>
/// A chat member is staff when a staff account is linked to their member number by the staff member themselves
/// (signed in to both the console and the member page): member-page users are <c>directline/dl_{number}</c>, and
/// their tokens come only from the SMS-verified sign-in. A number an admin typed in counts for nothing. Members of
/// other channels have no member number and are never staff here.
/// </summary>
public sealed class LinkedStaffDirectory(StaffMemberNumbers links) : IStaffDirectory
{
    private const string Prefix = "directline/dl_";

    public async Task<bool> IsStaffAsync(string memberKey, CancellationToken cancellationToken) =>
        memberKey.StartsWith(Prefix, StringComparison.Ordinal)
        && memberKey.Length > Prefix.Length
        && await links.IsStaffAsync(memberKey[Prefix.Length..], cancellationToken);
}
