using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// The intelligent robot's response_url (主动回复消息, doc 101138), as documented: each URL takes one POST, within
/// one hour. A second use, an unknown or an expired code is refused with an errcode (WeCom does not document which:
/// the stub answers 40058, "invalid parameter"); while <see cref="ResponsesBusy"/> it answers -1 (system busy).
/// </summary>
public sealed partial class WeComApiStub
{
    private readonly ConcurrentDictionary<string, ResponseCode> _responseCodes = new(StringComparer.Ordinal);
    private int _responseCodesIssued;
    private int _responseRefusals;

    /// <summary>Every reply WeCom accepted through a response_url: the code and the body.</summary>
    public ConcurrentQueue<(string Code, JsonObject Body)> Responses { get; } = new();

    public bool ResponsesBusy { get; set; }

    /// <summary>How many response_url calls were refused (busy, used, expired, unknown).</summary>
    public int ResponseRefusals => Volatile.Read(ref _responseRefusals);

    /// <summary>A fresh response_url, as WeCom puts in a message or a card press.</summary>
    public string IssueResponseUrl()
    {
        var code = "RC" + Interlocked.Increment(ref _responseCodesIssued).ToString("D4", CultureInfo.InvariantCulture);
        _responseCodes[code] = new ResponseCode(DateTimeOffset.UtcNow.AddHours(1));
        return new Uri(BaseUrl, "cgi-bin/aibot/response?response_code=" + code).ToString();
    }

    /// <summary>Moves every response_url past its hour.</summary>
    public void ExpireResponseUrls()
    {
        foreach (var code in _responseCodes.Keys)
        {
            _responseCodes[code] = _responseCodes[code] with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) };
        }
    }

    private async Task<IResult> RespondAsync(HttpRequest request)
    {
        var code = request.Query["response_code"].ToString();
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        if (ResponsesBusy)
        {
            Interlocked.Increment(ref _responseRefusals);
            return Results.Json(new { errcode = -1, errmsg = "system busy" });
        }

        lock (_responseCodes)
        {
            if (!_responseCodes.TryGetValue(code, out var issued) || issued.Used || issued.ExpiresAt < DateTimeOffset.UtcNow
                || body["msgtype"]?.GetValue<string>() is not ("markdown" or "template_card"))
            {
                Interlocked.Increment(ref _responseRefusals);
                return Results.Json(new { errcode = 40058, errmsg = "invalid response_code" });
            }

            _responseCodes[code] = issued with { Used = true };
        }

        Responses.Enqueue((code, body));
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private sealed record ResponseCode(DateTimeOffset ExpiresAt, bool Used = false);
}
