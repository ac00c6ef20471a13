namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// Where a web authorisation started from a sign-up link lands: the activity's sign-up screen on the member page
/// (<c>/#bind=wecom&amp;activity={id}</c>). The id rides in a cookie of the browser that started, never in the state.
/// </summary>
public static class SignUpTarget
{
    public static string Cookie(BindingChannel channel) => "eb_oauth_activity_" + channel.Id();

    /// <summary>Activity ids as the sign-ups feature makes them (<c>act-…</c>): letters, digits, '-' and '_', up to 64.</summary>
    public static bool IsActivityId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
