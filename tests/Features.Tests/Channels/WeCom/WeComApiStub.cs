using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// qyapi.weixin.qq.com on loopback, as documented: <c>/cgi-bin/gettoken</c> for the one CorpID and Secret, and
/// <c>/cgi-bin/message/send</c>, which refuses unknown tokens (40014), expired ones (42001) and a wrong agentid.
/// </summary>
public sealed partial class WeComApiStub : LoopbackStub
{
    public const string Secret = "wecom-stub-secret";
    public const int AgentId = 1000002;
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
    private readonly System.Threading.Channels.Channel<JsonObject> _sent = System.Threading.Channels.Channel.CreateUnbounded<JsonObject>();
    private int _issued;
    private int _busy;
    private int _tokenRefusals;
    private int _userLookups;

    private WeComApiStub(string corpId) => CorpId = corpId;

    /// <summary>Web authorisation codes; an account starting "wx:" is a visitor outside the company (named by openid).</summary>
    public Tencent.OAuthCodes Codes { get; } = new(TimeProvider.System);

    public string CorpId { get; }

    public int TokensIssued => Volatile.Read(ref _issued);

    /// <summary>While true, message/send answers -1 (系统繁忙, "system busy, try again").</summary>
    public bool Busy { get; set; }

    /// <summary>How many messages were answered busy.</summary>
    public int BusyAnswers => Volatile.Read(ref _busy);

    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    public static async Task<WeComApiStub> StartAsync(string corpId)
    {
        var stub = new WeComApiStub(corpId);
        await stub.ListenAsync(app =>
        {
            app.MapGet("/cgi-bin/gettoken", (HttpRequest r) => stub.IssueToken(r));
            app.MapPost("/cgi-bin/message/send", (HttpRequest r) => stub.AcceptAsync(r));
            app.MapPost("/cgi-bin/webhook/send", (HttpRequest r) => stub.RobotAsync(r));
            app.MapGet("/cgi-bin/auth/getuserinfo", (HttpRequest r) => stub.UserInfo(r));
            app.MapPost("/cgi-bin/aibot/response", (HttpRequest r) => stub.RespondAsync(r));
            app.MapGet("/cgi-bin/user/get", (HttpRequest r) => stub.GetUser(r));
        });
        return stub;
    }

    public void ExpireTokens()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = true;
        }
    }

    /// <summary>Every token issued so far is unknown from now on (40014, "invalid access_token": revoked, or the Secret reset).</summary>
    public void RevokeTokens() => _tokens.Clear();

    /// <summary>While true, every token is expired as soon as it is issued: each call answers 42001.</summary>
    public bool IssueExpiredTokens { get; set; }

    /// <summary>message/send calls refused for their token (40014 / 42001).</summary>
    public int TokenRefusals => Volatile.Read(ref _tokenRefusals);

    /// <summary>Userids who left the company or are outside the app's range: message/send names them in invaliduser.</summary>
    public ConcurrentDictionary<string, byte> InvalidUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The company's members as 读取成员 (user/get) knows them: userid → mobile. WeCom gives the mobile only to apps
    /// granted it (since 2022-06-20 new apps are not): while <see cref="MobileVisible"/> is false the field is absent.
    /// </summary>
    public ConcurrentDictionary<string, string> Members { get; } = new(StringComparer.Ordinal);

    public bool MobileVisible { get; set; } = true;

    /// <summary>While true, a call none of whose recipients is reachable still answers errcode 0, listing them in invaliduser.</summary>
    public bool ListInvalidWithErrcode0 { get; set; }

    /// <summary>How many user/get calls were made.</summary>
    public int UserLookups => Volatile.Read(ref _userLookups);

    public async Task<JsonObject> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _sent.Reader.ReadAsync(cts.Token);
    }

    private IResult IssueToken(HttpRequest request)
    {
        if (request.Query["corpid"] != CorpId || request.Query["corpsecret"] != Secret)
        {
            return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
        }

        var token = "wecom-token-" + Interlocked.Increment(ref _issued);
        _tokens[token] = IssueExpiredTokens;
        return Results.Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = 7200 });
    }

    /// <summary>获取访问用户身份: a company member's userid, or a visitor's openid; the code once, within 5 minutes.</summary>
    private IResult UserInfo(HttpRequest request)
    {
        if (!_tokens.TryGetValue(request.Query["access_token"].ToString(), out var expired) || expired)
        {
            return Results.Json(new { errcode = expired ? 42001 : 40014, errmsg = "invalid access_token" });
        }

        var (account, error) = Codes.Redeem(request.Query["code"].ToString());
        return account switch
        {
            null => Results.Json(new { errcode = error == 40163 ? 40029 : error, errmsg = "invalid code" }),
            _ when account.StartsWith("wx:", StringComparison.Ordinal) => Results.Json(new { errcode = 0, errmsg = "ok", openid = account[3..] }),
            _ => Results.Json(new { errcode = 0, errmsg = "ok", userid = account, user_ticket = "ticket-" + account, expires_in = 1800 }),
        };
    }

    /// <summary>读取成员: 60111 for a userid the company does not have; the mobile only while it is visible to the app.</summary>
    private IResult GetUser(HttpRequest request)
    {
        Interlocked.Increment(ref _userLookups);
        if (!_tokens.TryGetValue(request.Query["access_token"].ToString(), out var expired) || expired)
        {
            return Results.Json(new { errcode = expired ? 42001 : 40014, errmsg = "invalid access_token" });
        }

        var userId = request.Query["userid"].ToString();
        if (!Members.TryGetValue(userId, out var mobile))
        {
            return Results.Json(new { errcode = 60111, errmsg = "userid not found" });
        }

        return MobileVisible
            ? Results.Json(new { errcode = 0, errmsg = "ok", userid = userId, name = userId, mobile, status = 1 })
            : Results.Json(new { errcode = 0, errmsg = "ok", userid = userId, name = userId, status = 1 });
    }

    private async Task<IResult> AcceptAsync(HttpRequest request)
    {
        if (!_tokens.TryGetValue(request.Query["access_token"].ToString(), out var expired))
        {
            Interlocked.Increment(ref _tokenRefusals);
            return Results.Json(new { errcode = 40014, errmsg = "invalid access_token" });
        }

        if (expired)
        {
            Interlocked.Increment(ref _tokenRefusals);
            return Results.Json(new { errcode = 42001, errmsg = "access_token expired" });
        }

        if (Busy)
        {
            Interlocked.Increment(ref _busy);
            return Results.Json(new { errcode = -1, errmsg = "system busy" });
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        if (body["agentid"]?.GetValue<int>() != AgentId)
        {
            return Results.Json(new { errcode = 40056, errmsg = "invalid agentid" });
        }

        // As documented: unreachable recipients are listed; when none of them could be reached the call fails (81013).
        var recipients = (body["touser"]?.GetValue<string>() ?? string.Empty).Split('|');
        var invalid = recipients.Where(InvalidUsers.ContainsKey).ToList();
        if (invalid.Count == recipients.Length && !ListInvalidWithErrcode0)
        {
            return Results.Json(new { errcode = 81013, errmsg = "user & party & tag all invalid", invaliduser = string.Join('|', invalid) });
        }

        Accepted.Enqueue(body);
        await _sent.Writer.WriteAsync(body);
        return Results.Json(new { errcode = 0, errmsg = "ok", invaliduser = string.Join('|', invalid) });
    }

    /// <summary>Robot webhooks that exist, by key; every accepted robot message, in order.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Robots { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<JsonObject> RobotMessages { get; } = new();

    /// <summary>A group robot's webhook: 93000 for an unknown key, 45009 above 20 messages a minute (WeCom's documented limit).</summary>
    private async Task<IResult> RobotAsync(HttpRequest request)
    {
        if (!Robots.TryGetValue(request.Query["key"].ToString(), out var sent))
        {
            return Results.Json(new { errcode = 93000, errmsg = "invalid webhook url" });
        }

        var now = DateTimeOffset.UtcNow;
        lock (sent)
        {
            if (sent.Count(t => now - t < TimeSpan.FromMinutes(1)) >= 20)
            {
                return Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" });
            }

            sent.Enqueue(now);
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        RobotMessages.Enqueue(body);
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }
}
