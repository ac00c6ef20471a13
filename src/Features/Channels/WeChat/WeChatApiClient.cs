using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// The 公众号 API at <see cref="WeChatOptions.ApiBaseUrl"/>: access tokens (<c>/cgi-bin/token</c>), customer-service
/// messages (客服消息, <c>/cgi-bin/message/custom/send</c>), template messages (<c>/cgi-bin/message/template/send</c>)
/// the custom menu (<c>/cgi-bin/menu/create</c>) and web authorisation's code exchange.
/// </summary>
public sealed class WeChatApiClient
{
    public const string HttpClientName = "wechat-api";
    private readonly TencentApi _api;
    private readonly HttpClient _http;
    private readonly WeChatOptions _options;

    public WeChatApiClient(IHttpClientFactory httpClients, AccessTokenCache tokens, IOptions<WeChatOptions> options)
    {
        _options = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        http.BaseAddress = _options.ApiBaseUrl;
        _http = http;
        _api = new TencentApi(http, tokens, "wechat:" + _options.AppId, FetchTokenAsync);
    }

    /// <summary>A customer-service text message; WeChat allows these within 48 hours of the member's last message.</summary>
    public Task SendTextAsync(string openId, string text, CancellationToken cancellationToken) =>
        _api.PostAsync("cgi-bin/message/custom/send", new JsonObject
        {
            ["touser"] = openId,
            ["msgtype"] = "text",
            ["text"] = new JsonObject { ["content"] = text },
        }, cancellationToken);

    /// <summary>A template message (模板消息): allowed at any time, with the fields the template defines.</summary>
    public Task SendTemplateAsync(string openId, string templateId, IReadOnlyDictionary<string, string> data, Uri? link, CancellationToken cancellationToken)
    {
        var values = new JsonObject();
        foreach (var (name, value) in data)
        {
            values[name] = new JsonObject { ["value"] = value };
        }

        var body = new JsonObject { ["touser"] = openId, ["template_id"] = templateId, ["data"] = values };
        if (link is not null)
        {
            body["url"] = link.ToString();
        }

        return _api.PostAsync("cgi-bin/message/template/send", body, cancellationToken);
    }

    /// <summary>
    /// A subscription notice (订阅通知, <c>/cgi-bin/message/subscribe/bizsend</c>) to a follower who subscribed to the
    /// template: <c>data</c> as <c>{"thing1":{"value":…}}</c>, <c>page</c> the web page a tap opens.
    /// </summary>
    public Task SendSubscriptionAsync(string openId, string templateId, IReadOnlyDictionary<string, string> data, Uri? link, CancellationToken cancellationToken)
    {
        var values = new JsonObject();
        foreach (var (name, value) in data)
        {
            values[name] = new JsonObject { ["value"] = value };
        }

        var body = new JsonObject { ["touser"] = openId, ["template_id"] = templateId, ["data"] = values };
        if (link is not null)
        {
            body["page"] = link.ToString();
        }

        return _api.PostAsync("cgi-bin/message/subscribe/bizsend", body, cancellationToken);
    }

    /// <summary>The account's template messages (<c>/cgi-bin/template/get_all_private_template</c>): <c>{"template_list":[…]}</c>.</summary>
    public Task<JsonElement> ListTemplatesAsync(CancellationToken cancellationToken) =>
        _api.GetAsync("cgi-bin/template/get_all_private_template", cancellationToken);

    /// <summary>The account's subscription-notice templates (<c>/wxaapi/newtmpl/gettemplate</c>): <c>{"data":[…]}</c>.</summary>
    public Task<JsonElement> ListSubscriptionTemplatesAsync(CancellationToken cancellationToken) =>
        _api.GetAsync("wxaapi/newtmpl/gettemplate", cancellationToken);

    /// <summary>Replaces the 公众号's custom menu (<c>/cgi-bin/menu/create</c>); WeChat clients pick it up within minutes.</summary>
    public Task CreateMenuAsync(JsonObject menu, CancellationToken cancellationToken) =>
        _api.PostAsync("cgi-bin/menu/create", menu, cancellationToken);

    /// <summary>
    /// 网页授权 (snsapi_base): the follower's openid for a <paramref name="code"/> WeChat put on the redirect, at
    /// <c>/sns/oauth2/access_token</c> (with the AppSecret; no access_token). A code works once, for 5 minutes:
    /// WeChat answers 40029 (invalid) or 40163 (used) otherwise, thrown as <see cref="TencentApiException"/>.
    /// </summary>
    public async Task<string> OpenIdForCodeAsync(string code, CancellationToken cancellationToken)
    {
        var path = $"sns/oauth2/access_token?appid={Uri.EscapeDataString(_options.AppId)}&secret={Uri.EscapeDataString(_options.AppSecret)}" +
            $"&code={Uri.EscapeDataString(code)}&grant_type=authorization_code";
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var answer = await TencentApi.ReadAsync(response, cancellationToken);
        var error = TencentApi.ErrorCode(answer);
        return error == 0 && answer.TryGetProperty("openid", out var openId) && openId.GetString() is { Length: > 0 } value
            ? value
            : throw new TencentApiException(error == 0 ? 40029 : error);
    }

    private async Task<IssuedToken> FetchTokenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var path = $"cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(_options.AppId)}&secret={Uri.EscapeDataString(_options.AppSecret)}";
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return TencentApi.ReadToken(await TencentApi.ReadAsync(response, cancellationToken));
    }
}
