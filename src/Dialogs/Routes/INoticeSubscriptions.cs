namespace EngageBot.Dialogs.Routes;

/// <summary>Where a member's choice about notices is kept, so the notice dispatcher can honour it.</summary>
public interface INoticeSubscriptions
{
    Task SetAsync(string channelId, string userId, bool subscribed, CancellationToken cancellationToken);
}
