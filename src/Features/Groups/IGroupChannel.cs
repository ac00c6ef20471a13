using EngageBot.Core.Protocol;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>
/// Where a group's conversation lives (the built-in Direct Line channel): groups create it, post to it
/// (notices, joins and leaves) and cut a removed member's open streams.
/// </summary>
public interface IGroupChannel
{
    Task CreateConversationAsync(string groupId, CancellationToken cancellationToken);

    /// <summary>Appends an activity to the group's history and pushes it to every open stream.</summary>
    Task PostAsync(string groupId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Closes the member's open streams on the group.</summary>
    void Disconnect(string groupId, string memberId);
}
