using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>Asked by the channel before a member's token may read or write a group conversation.</summary>
public interface IGroupMembership
{
    Task<bool> IsMemberAsync(string groupId, string memberId, CancellationToken cancellationToken);
}
