using EngageBot.Dialogs.Turns;
using EngageBot.Scheduler.Audience;

namespace EngageBot.Scheduler.Subscriptions;

/// <summary>
/// "退订通知" / "unsubscribe" and "订阅通知" / "subscribe": records the member's choice about notices.
/// Reminders for their own sign-ups keep coming either way, and the reply says so.
/// </summary>
public sealed class SubscriptionRoute(SubscriptionStore store) : IBotRoute
{
    private static readonly HashSet<string> Unsubscribe = new(StringComparer.OrdinalIgnoreCase) { "退订通知", "退订", "取消订阅", "unsubscribe", "stop notices" };
    private static readonly HashSet<string> Subscribe = new(StringComparer.OrdinalIgnoreCase) { "订阅通知", "订阅", "subscribe", "start notices" };

    private static readonly Localized Unsubscribed = new(
        "好的，已为您退订活动通知。您报名的活动提醒仍会照常发送。想再收到通知，发送“订阅通知”即可。",
        "Done — you won't get union notices any more. Reminders for activities you signed up for still come. Send \"subscribe\" to get notices again.");

    private static readonly Localized Subscribed = new(
        "好的，已为您开启活动通知，有新活动会第一时间告诉您。发送“退订通知”可随时退订。",
        "Done — you'll get union notices again. Send \"unsubscribe\" any time to stop them.");

    public int Rank => 40;

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var text = context.Text.TrimEnd('!', '！', '。', '.');
        var subscribe = Subscribe.Contains(text);
        if ((!subscribe && !Unsubscribe.Contains(text)) || context.Activity.From?.Id is not { } userId || context.Activity.ChannelId is not { } channelId)
        {
            return false;
        }

        await store.SetAsync(AudienceMember.Key(channelId, userId), subscribe, cancellationToken);
        context.Reply(subscribe ? Subscribed : Unsubscribed);
        return true;
    }
}
