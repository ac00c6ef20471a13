using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Staff;

/// <summary>Who is union staff. The staff-auth feature provides the real one; until then nobody is.</summary>
public interface IStaffDirectory
{
    Task<bool> IsStaffAsync(MemberKey member, CancellationToken cancellationToken);
}
