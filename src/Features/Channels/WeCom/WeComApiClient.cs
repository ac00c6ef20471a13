using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// The WeCom server API at <see cref="WeComOptions.ApiBaseUrl"/>: <c>/cgi-bin/gettoken</c> for the app's token, and
/// <c>/cgi-bin/message/send</c> for app messages (text and template cards) to a member by userid.
/// </summary>
public sealed class WeComApiClient
{
    public const string HttpClientName = "wecom-api";
    private readonly TencentApi _api;
    private readonly WeComOptions _options;

    public WeComApiClient(IHttpClientFactory httpClients, AccessTokenCache tokens, IOptions<WeComOptions> options)
    {
        _options = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        http.BaseAddress = _options.ApiBaseUrl;
        _api = new TencentApi(http, tokens, $"wecom:{_options.CorpId}:{_options.AgentId}", FetchTokenAsync);
    }

    /// <summary>Sends one message (<c>msgtype</c> and its body) to <paramref name="userId"/> from the app.</summary>
    public async Task SendAsync(string userId, JsonObject message, CancellationToken cancellationToken)
    {
        var body = message.DeepClone().AsObject();
        body["touser"] = userId;
        body["agentid"] = _options.AgentId;
        var answer = await _api.PostAsync("cgi-bin/message/send", body, cancellationToken);
        if (answer.TryGetProperty("invaliduser", out var invalid) && invalid.GetString() is { Length: > 0 })
        {
            throw new TencentApiException(81013); // WeCom: no valid recipient (left the company, or outside the app's range)
        }
    }

    /// <summary>
    /// 获取访问用户身份 (<c>/cgi-bin/auth/getuserinfo</c>): the WeCom userid for a web authorisation
    /// <paramref name="code"/> (once, 5 minutes; 40029 otherwise), or null when the visitor is not a member of the
    /// company (WeCom names them by an openid only).
    /// </summary>
    public async Task<string?> UserIdForCodeAsync(string code, CancellationToken cancellationToken)
    {
        var answer = await _api.GetAsync($"cgi-bin/auth/getuserinfo?code={Uri.EscapeDataString(code)}", cancellationToken);
        // The documented field is "userid"; the older user/getuserinfo answered "UserId".
        string[] names = ["userid", "UserId"];
        foreach (var name in names)
        {
            if (answer.TryGetProperty(name, out var userId) && userId.GetString() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    private async Task<IssuedToken> FetchTokenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var path = $"cgi-bin/gettoken?corpid={Uri.EscapeDataString(_options.CorpId)}&corpsecret={Uri.EscapeDataString(_options.Secret)}";
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return TencentApi.ReadToken(await TencentApi.ReadAsync(response, cancellationToken));
    }
}
