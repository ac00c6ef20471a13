using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Staff;

/// <summary>Who is union staff. The staff-auth feature provides the real one; until then nobody is.</summary>
public interface IStaffDirectory
{
    /// <param name="memberKey">"{channelId}/{userId}"</param>
    Task<bool> IsStaffAsync(string memberKey, CancellationToken cancellationToken);
}
