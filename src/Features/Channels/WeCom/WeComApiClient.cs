using System.Text.Json;
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

    /// <summary>
    /// Sends one message (<c>msgtype</c> and its body) to <paramref name="userId"/> from the app. WeCom answers a
    /// recipient it cannot reach (left the company, outside the app's range, no licence) in <c>invaliduser</c> /
    /// <c>unlicenseduser</c>, with errcode 0 when others were reached and 81013 when none was: either way this
    /// recipient failed for good, and the outbox row says why (<c>wecom_invaliduser</c>; <c>wecom_unlicensed</c> when
    /// WeCom names it in unlicenseduser with errcode 0).
    /// </summary>
    public async Task SendAsync(string userId, JsonObject message, CancellationToken cancellationToken)
    {
        var body = message.DeepClone().AsObject();
        body["touser"] = userId;
        body["agentid"] = _options.AgentId;
        JsonElement answer;
        try
        {
            answer = await _api.PostAsync("cgi-bin/message/send", body, cancellationToken);
        }
        catch (TencentApiException ex) when (ex.ErrorCode == 81013)
        {
            throw Unreached("wecom_invaliduser"); // 81013: "user & party & tag all invalid"
        }

        if (Lists(answer, "invaliduser", userId))
        {
            throw Unreached("wecom_invaliduser");
        }

        if (Lists(answer, "unlicenseduser", userId))
        {
            throw Unreached("wecom_unlicensed");
        }
    }

    /// <summary>
    /// 读取成员 (<c>/cgi-bin/user/get</c>): the member's mobile as WeCom has it, or null when WeCom gives none (since
    /// 2022 only to apps granted it, so usually absent). Never logged.
    /// </summary>
    public async Task<string?> MobileOfAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await _api.GetAsync($"cgi-bin/user/get?userid={Uri.EscapeDataString(userId)}", cancellationToken);
        return answer.TryGetProperty("mobile", out var mobile) && mobile.ValueKind == JsonValueKind.String && mobile.GetString() is { Length: > 0 } value
            ? value
            : null;
    }

    // "a|b|c", as WeCom lists them.
    private static bool Lists(JsonElement answer, string field, string userId) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.String
        && (list.GetString() ?? string.Empty).Split('|').Contains(userId, StringComparer.Ordinal);

    private static TencentApiException Unreached(string reason) => new(81013) { Data = { ["Reason"] = reason } };

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
