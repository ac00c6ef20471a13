namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// A channel's web authorisation (网页授权, scope snsapi_base): where to send the member, and whose account a code
/// names. The code comes from Tencent's redirect and is exchanged server-side, so the account is Tencent's word,
/// never the browser's.
/// </summary>
public interface IOAuthIdentity
{
    BindingChannel Channel { get; }

    bool Enabled { get; }

    /// <summary>The authorize URL that sends the member back to <paramref name="redirectUri"/> with a code and <paramref name="state"/>.</summary>
    Uri AuthorizeUrl(Uri redirectUri, string state);

    /// <summary>The account's id for <paramref name="code"/>, or null when Tencent names someone who cannot be bound.</summary>
    /// <exception cref="TencentApiException">Tencent refused the code (40029 invalid, 40163 used, …).</exception>
    Task<string?> ExchangeAsync(string code, CancellationToken cancellationToken);
}

/// <summary>The authorize URL both platforms document: appid, redirect_uri, response_type=code, scope, state, #wechat_redirect.</summary>
public static class OAuthUrls
{
    public static Uri Authorize(Uri baseUrl, string appId, Uri redirectUri, string state, string? agentId = null)
    {
        var query = $"appid={Uri.EscapeDataString(appId)}&redirect_uri={Uri.EscapeDataString(redirectUri.ToString())}" +
            $"&response_type=code&scope=snsapi_base&state={Uri.EscapeDataString(state)}" +
            (agentId is null ? string.Empty : $"&agentid={Uri.EscapeDataString(agentId)}");
        return new Uri(baseUrl, $"connect/oauth2/authorize?{query}#wechat_redirect");
    }
}
