using EngageBot.Core.State;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Notices;

/// <summary>Where a member's choice about notices is kept, so the notice dispatcher can honour it.</summary>
public interface INoticeSubscriptions
{
    Task SetAsync(MemberKey member, bool subscribed, CancellationToken cancellationToken);
}
