using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Staff;

/// <summary>The default until staff auth is wired: nobody may publish from chat.</summary>
public sealed class NoStaffDirectory : IStaffDirectory
{
    public Task<bool> IsStaffAsync(string memberKey, CancellationToken cancellationToken) => Task.FromResult(false);
}
