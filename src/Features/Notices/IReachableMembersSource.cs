using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// More members that "all" reaches beyond stored 1:1 conversations — e.g. every group member (the groups
/// feature registers one). Streamed page by page; members already reached are written once.
/// </summary>
public interface IReachableMembersSource
{
    IAsyncEnumerable<AudienceMember> StreamAsync(CancellationToken cancellationToken);
}
