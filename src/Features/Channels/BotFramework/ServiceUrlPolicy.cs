using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Whether a verified caller may deliver this activity: the serviceUrl must be the one its token vouches
/// for (in anonymous mode, a loopback address only, so the bot never posts to an address a stranger wrote
/// into a body), and the signing key must be endorsed for the activity's channel: a key that lists no channels
/// is endorsed for none.
/// </summary>
public static class ServiceUrlPolicy
{
    public static bool Allows(ChannelIdentity identity, Activity activity)
    {
        var serviceUrl = activity.ServiceUrl;
        if (identity.Token is not { } token)
        {
            return serviceUrl is not null && IsLoopback(serviceUrl);
        }

        var endorsed = token.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase);
        return endorsed && string.Equals(token.ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLoopback(string serviceUrl) =>
        ServiceUrlCache.AsAbsolute(serviceUrl) is { IsLoopback: true } uri
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
