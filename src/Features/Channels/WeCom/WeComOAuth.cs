using System.Globalization;
using EngageBot.Features.Channels.Tencent.Binding;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>The WeCom app's web authorisation: snsapi_base with the app's agentid, the userid from 获取访问用户身份.</summary>
public sealed class WeComOAuth(WeComApiClient api, IOptions<WeComOptions> options) : IOAuthIdentity
{
    public BindingChannel Channel => BindingChannel.WeCom;

    public bool Enabled => options.Value.Enabled;

    public Uri AuthorizeUrl(Uri redirectUri, string state) =>
        OAuthUrls.Authorize(options.Value.OAuthBaseUrl, options.Value.CorpId, redirectUri, state,
            options.Value.AgentId.ToString(CultureInfo.InvariantCulture));

    public Task<string?> ExchangeAsync(string code, CancellationToken cancellationToken) => api.UserIdForCodeAsync(code, cancellationToken);
}
