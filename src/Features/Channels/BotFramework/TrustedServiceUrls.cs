using System.Collections.Concurrent;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The serviceUrls that arrived on verified requests. The Connector client sends to nothing else, so a
/// forged body can never make the bot post its token to an attacker's address.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _urls.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
