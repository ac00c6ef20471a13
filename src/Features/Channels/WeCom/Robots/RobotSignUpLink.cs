using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// The link a robot's notice carries for its sign-up. Robot webhooks take no presses, so members act on the member
/// page: through the WeCom app's web authorisation when the app is configured (a bound account is signed in at once,
/// anyone else signs in once and is bound), otherwise the member page itself (number and SMS code).
/// </summary>
public sealed class RobotSignUpLink(IOptions<WeComRobotOptions> robots, IOptions<WeComOptions> app)
{
    /// <summary>The link for <paramref name="activityId"/>, or null when no member page address is configured.</summary>
    public Uri? For(string activityId)
    {
        if (robots.Value.MemberPageUrl is not { } page)
        {
            return null;
        }

        var root = page.AbsoluteUri.EndsWith('/') ? page : new Uri(page.AbsoluteUri + "/");
        var id = Uri.EscapeDataString(activityId);
        return app.Value.Enabled ? new Uri(root, $"api/wecom/oauth/start?activity={id}") : new Uri(root, $"#activity={id}");
    }
}
