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
        _tokens[token] = false;
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

    private async Task<IResult> AcceptAsync(HttpRequest request)
    {
        if (!_tokens.TryGetValue(request.Query["access_token"].ToString(), out var expired))
        {
            return Results.Json(new { errcode = 40014, errmsg = "invalid access_token" });
        }

        if (expired)
        {
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

        Accepted.Enqueue(body);
        await _sent.Writer.WriteAsync(body);
        return Results.Json(new { errcode = 0, errmsg = "ok", invaliduser = string.Empty });
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
