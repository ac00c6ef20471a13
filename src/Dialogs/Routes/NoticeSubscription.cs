using EngageBot.Dialogs.State;

namespace EngageBot.Dialogs.Routes;

/// <summary>
/// Whether a member wants activity notices pushed to them (user state "notices"); absent means subscribed.
/// The notice sender reads it before pushing.
/// </summary>
public sealed record NoticeSubscription(bool Subscribed, long ChangedAt)
{
    public static readonly StateProperty<NoticeSubscription> Property = new("notices", RoutesJson.Default.NoticeSubscription);
}
