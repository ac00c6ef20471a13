using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// api.weixin.qq.com on loopback, as its documentation describes it: <c>/cgi-bin/token</c> issues tokens for the one
/// AppID and secret; the message APIs refuse unknown tokens (40001) and expired ones (42001); customer-service
/// messages are refused (45015) to a follower who has not written within 48 hours; template messages and subscription
/// notices (<c>/cgi-bin/message/subscribe/bizsend</c>) pass for the account's templates (else 40037), with every key of
/// the template given and no thing value over 20 characters (else 47003), and a subscription notice is refused (43101)
/// to a follower who declined it. The account's templates are listed as documented: <c>get_all_private_template</c>
/// (<c>template_list</c>) and <c>/wxaapi/newtmpl/gettemplate</c> (<c>data</c>, <c>priTmplId</c>).
/// </summary>
public sealed class WeChatApiStub : LoopbackStub
{
    public const string AppId = "wx2c2769f8efd9abc2";
    public const string AppSecret = "stub-secret-0123456789";
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal); // token → expired
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastInbound = new(StringComparer.Ordinal);
    private readonly System.Threading.Channels.Channel<JsonObject> _sent = System.Threading.Channels.Channel.CreateUnbounded<JsonObject>();
    private int _issued;
    private int _busy;

    private WeChatApiStub(TimeProvider clock)
    {
        Clock = clock;
        Codes = new Tencent.OAuthCodes(clock);
    }

    /// <summary>Web authorisation codes (网页授权): what the authorize page hands a follower who opens the link.</summary>
    public Tencent.OAuthCodes Codes { get; }

    public TimeProvider Clock { get; }

    /// <summary>While true, customer-service messages are answered -1 (系统繁忙, "system busy, try again").</summary>
    public bool Busy { get; set; }

    /// <summary>How many customer-service messages were answered busy.</summary>
    public int BusyAnswers => Volatile.Read(ref _busy);

    /// <summary>How many tokens /cgi-bin/token has issued.</summary>
    public int TokensIssued => Volatile.Read(ref _issued);

    /// <summary>Every accepted message, in order, with "api" set to "custom" or "template".</summary>
    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    /// <summary>The account's template messages: id → (title, content), as 公众平台 lists them.</summary>
    public static readonly IReadOnlyDictionary<string, (string Title, string Content)> Templates = new Dictionary<string, (string, string)>
    {
        ["tmpl-notice-1"] = ("工会通知", "通知内容：{{thing1.DATA}}\n"),
        ["tmpl-activity-2"] = ("活动提醒", "活动名称：{{thing1.DATA}}\n活动时间：{{time2.DATA}}\n活动地点：{{thing3.DATA}}\n"),
    };

    /// <summary>The account's subscription-notice templates (订阅通知, 一次性订阅).</summary>
    public static readonly IReadOnlyDictionary<string, (string Title, string Content)> Subscriptions = new Dictionary<string, (string, string)>
    {
        ["sub-activity-9"] = ("活动开始提醒", "活动名称:{{thing1.DATA}}\n开始时间:{{time2.DATA}}\n活动状态:{{phrase3.DATA}}\n"),
        ["sub-notice-7"] = ("工会通知", "通知标题:{{thing1.DATA}}\n活动地点:{{thing2.DATA}}\n"),
    };

    /// <summary>Followers who declined (or cancelled) the subscription notices: bizsend answers 43101.</summary>
    public ConcurrentDictionary<string, bool> Declined { get; } = new(StringComparer.Ordinal);

    /// <summary>Templates deleted in 公众平台 since: no longer listed, and sending with them answers 40037.</summary>
    public ConcurrentDictionary<string, bool> Deleted { get; } = new(StringComparer.Ordinal);

    /// <summary>The follower has not written for more than 48 hours (as WeChat would see it).</summary>
    public void Silence(string openId) => _lastInbound.TryRemove(openId, out _);

    /// <summary>How many times any message API was called for each openid (accepted or not).</summary>
    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public static async Task<WeChatApiStub> StartAsync(TimeProvider clock)
    {
        var stub = new WeChatApiStub(clock);
        await stub.ListenAsync(app =>
        {
            app.MapGet("/cgi-bin/token", (HttpRequest r) => stub.IssueToken(r));
            app.MapPost("/cgi-bin/message/custom/send", (HttpRequest r) => stub.AcceptAsync(r, "custom"));
            app.MapPost("/cgi-bin/message/template/send", (HttpRequest r) => stub.AcceptAsync(r, "template"));
            app.MapPost("/cgi-bin/message/subscribe/bizsend", (HttpRequest r) => stub.AcceptAsync(r, "subscribe"));
            app.MapPost("/cgi-bin/menu/create", (HttpRequest r) => stub.AcceptAsync(r, "menu"));
            app.MapGet("/cgi-bin/template/get_all_private_template", (HttpRequest r) => stub.List(r, "template_list"));
            app.MapGet("/wxaapi/newtmpl/gettemplate", (HttpRequest r) => stub.List(r, "data"));
            app.MapGet("/sns/oauth2/access_token", (HttpRequest r) => stub.ExchangeCode(r));
        });
        return stub;
    }

    /// <summary>The follower wrote to the 公众号 (WeChat itself knows this; the test tells the stub).</summary>
    public void RecordInbound(string openId) => _lastInbound[openId] = Clock.GetUtcNow();

    /// <summary>Every token issued so far now answers 42001 (access_token expired).</summary>
    public void ExpireTokens()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = true;
        }
    }

    /// <summary>Forgets every token, as a new token fetched elsewhere would: they answer 40001.</summary>
    public void RevokeTokens() => _tokens.Clear();

    public async Task<JsonObject> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _sent.Reader.ReadAsync(cts.Token);
    }

    private IResult IssueToken(HttpRequest request)
    {
        if (request.Query["grant_type"] != "client_credential" || request.Query["appid"] != AppId || request.Query["secret"] != AppSecret)
        {
            return Results.Json(new { errcode = 40013, errmsg = "invalid appid" });
        }

        var token = "stub-token-" + Interlocked.Increment(ref _issued);
        _tokens[token] = false;
        return Results.Json(new { access_token = token, expires_in = 7200 });
    }

    /// <summary>/sns/oauth2/access_token: the AppID and AppSecret, grant_type=authorization_code, and a code (once, 5 minutes).</summary>
    private IResult ExchangeCode(HttpRequest request)
    {
        if (request.Query["appid"] != AppId || request.Query["secret"] != AppSecret || request.Query["grant_type"] != "authorization_code")
        {
            return Error(40013, "invalid appid");
        }

        var (openId, error) = Codes.Redeem(request.Query["code"].ToString());
        return openId is null
            ? Error(error, error == 40163 ? "code been used" : "invalid code")
            : Results.Json(new { access_token = "web-" + openId, expires_in = 7200, refresh_token = "refresh-" + openId, openid = openId, scope = "snsapi_base" });
    }

    private async Task<IResult> AcceptAsync(HttpRequest request, string api)
    {
        var token = request.Query["access_token"].ToString();
        if (!_tokens.TryGetValue(token, out var expired))
        {
            return Error(40001, "invalid credential, access_token is invalid or not latest");
        }

        if (expired)
        {
            return Error(42001, "access_token expired");
        }

        if (api == "custom" && Busy)
        {
            Interlocked.Increment(ref _busy);
            return Error(-1, "system error");
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        var openId = body["touser"]?.GetValue<string>() ?? string.Empty;
        Calls.AddOrUpdate(openId, 1, (_, n) => n + 1);
        if (api is "template" or "subscribe" && Refusal(api, body, openId) is { } refusal)
        {
            return Error(refusal, refusal switch { 40037 => "invalid template_id", 43101 => "user refuse to accept the msg", _ => "argument invalid!" });
        }

        if (api == "custom" && (!_lastInbound.TryGetValue(openId, out var last) || Clock.GetUtcNow() - last > TimeSpan.FromHours(48)))
        {
            return Error(45015, "response out of time limit or subscription is canceled");
        }

        body["api"] = api;
        Accepted.Enqueue(body);
        await _sent.Writer.WriteAsync(body);
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private int? Refusal(string api, JsonObject body, string openId)
    {
        var templates = api == "template" ? Templates : Subscriptions;
        var id = body["template_id"]?.GetValue<string>() ?? string.Empty;
        if (!templates.TryGetValue(id, out var template) || Deleted.ContainsKey(id))
        {
            return 40037;
        }

        if (api == "subscribe" && Declined.ContainsKey(openId))
        {
            return 43101;
        }

        var data = body["data"]?.AsObject();
        var keys = System.Text.RegularExpressions.Regex.Matches(template.Content, @"\{\{(\w+)\.DATA\}\}").Select(m => m.Groups[1].Value);
        return keys.All(k => data?[k]?["value"]?.GetValue<string>() is { Length: > 0 } v && (!k.StartsWith("thing", StringComparison.Ordinal) || v.Length <= 20))
            ? null
            : 47003;
    }

    private IResult List(HttpRequest request, string list)
    {
        if (!_tokens.TryGetValue(request.Query["access_token"].ToString(), out var expired) || expired)
        {
            return Error(expired ? 42001 : 40001, "access_token is invalid or expired");
        }

        var items = new JsonArray();
        foreach (var (id, (title, content)) in list == "data" ? Subscriptions : Templates)
        {
            if (Deleted.ContainsKey(id))
            {
                continue;
            }

            items.Add(list == "data"
                ? new JsonObject { ["priTmplId"] = id, ["title"] = title, ["content"] = content, ["example"] = string.Empty, ["type"] = 2 }
                : new JsonObject { ["template_id"] = id, ["title"] = title, ["primary_industry"] = "政府与公共事业", ["deputy_industry"] = "工会", ["content"] = content, ["example"] = string.Empty });
        }

        return Results.Text(new JsonObject { [list] = items }.ToJsonString(), "application/json");
    }

    private static IResult Error(int code, string message) =>
        Results.Json(new { errcode = code, errmsg = message });

    public static string Text(JsonObject message) => message["text"]!["content"]!.GetValue<string>();

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
