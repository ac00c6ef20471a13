using System.Collections.Concurrent;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// A serviceUrl parsed once, not on every turn: a turn parsed it up to three times (an anonymous caller's loopback
/// check, whether the Connector handles the conversation, the root the activities URL is resolved against). A channel
/// has one or a few serviceUrls; a <see cref="Uri"/> is immutable, so turns share it. Bounded: cleared when full.
/// </summary>
public static class ServiceUrlCache
{
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<string, Uri?> Absolute = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Uri> Roots = new(StringComparer.Ordinal);

    /// <summary>The serviceUrl as an absolute URI, or null when it is none.</summary>
    public static Uri? AsAbsolute(string? serviceUrl) =>
        serviceUrl is null ? null : Kept(Absolute, serviceUrl, static s => Uri.TryCreate(s, UriKind.Absolute, out var uri) ? uri : null);

    /// <summary>The serviceUrl with a trailing '/', so a relative path resolves under its path.</summary>
    public static Uri Root(string serviceUrl) =>
        Kept(Roots, serviceUrl, static s => new Uri(s.EndsWith('/') ? s : s + "/"));

    private static TValue Kept<TValue>(ConcurrentDictionary<string, TValue> kept, string serviceUrl, Func<string, TValue> parse)
    {
        if (kept.TryGetValue(serviceUrl, out var value))
        {
            return value;
        }

        value = parse(serviceUrl);
        if (kept.Count >= Capacity)
        {
            kept.Clear();
        }

        kept[serviceUrl] = value;
        return value;
    }
}
