namespace EngageBot.Bot.Proxy;

/// <summary>The reverse proxy in front of the service (<c>Proxy:…</c>).</summary>
public sealed class TrustedProxyOptions
{
    /// <summary>
    /// Networks (CIDR) of the proxies whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> are believed. Empty (the
    /// default): no forwarded header is read, so nobody can claim another address by sending one. Set it to the
    /// proxy's own address (e.g. <c>10.0.0.2/32</c>) and links the service builds (Direct Line stream URLs, QR codes,
    /// OAuth callbacks) carry the public https address, while address limits and the loopback-only anonymous mode see
    /// the member's address instead of the proxy's.
    /// </summary>
    public IList<string> TrustedNetworks { get; } = [];
}
