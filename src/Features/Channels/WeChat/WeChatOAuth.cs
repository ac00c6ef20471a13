using EngageBot.Features.Channels.Tencent.Binding;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>The 公众号's web authorisation: snsapi_base, the openid from <c>/sns/oauth2/access_token</c>.</summary>
public sealed class WeChatOAuth(WeChatApiClient api, IOptions<WeChatOptions> options) : IOAuthIdentity
{
    public BindingChannel Channel => BindingChannel.WeChat;

    public bool Enabled => options.Value.Enabled;

    public Uri AuthorizeUrl(Uri redirectUri, string state) =>
        OAuthUrls.Authorize(options.Value.OAuthBaseUrl, options.Value.AppId, redirectUri, state);

    public async Task<string?> ExchangeAsync(string code, CancellationToken cancellationToken) =>
        await api.OpenIdForCodeAsync(code, cancellationToken);
}
