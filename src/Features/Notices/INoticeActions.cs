using EngageBot.Core.Protocol;

namespace EngageBot.Features.Notices;

/// <summary>
/// Buttons another feature adds to a notice it sent (a poll's options): asked once per notice when its messages are
/// rendered. Empty when the notice is not that feature's.
/// </summary>
public interface INoticeActions
{
    Task<IReadOnlyList<CardAction>> ActionsAsync(Notice notice, CancellationToken cancellationToken);
}
