using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>
/// dysmsapi.aliyuncs.com on loopback. It checks the RPC signature the way the documentation describes (its own
/// percent-encoding table, not the sender's), refuses a stale timestamp or a reused nonce, and answers as SendSms
/// does: <c>{"Code":"OK",…}</c>, flow control as <c>isv.BUSINESS_LIMIT_CONTROL</c>, a bad signature as HTTP 400.
/// </summary>
public sealed class AliyunSmsStub : LoopbackStub
{
    public const string AccessKeyId = "LTAIstub0000000000";
    public const string AccessKeySecret = "stub-access-key-secret-0123456789";
    private readonly ConcurrentDictionary<string, bool> _nonces = new(StringComparer.Ordinal);

    private AliyunSmsStub(TimeProvider clock) => Clock = clock;

    public TimeProvider Clock { get; }

    public StubMode Mode { get; set; }

    /// <summary>Parameters of well-signed SendSms calls.</summary>
    public ConcurrentQueue<Dictionary<string, string>> Accepted { get; } = new();

    public static async Task<AliyunSmsStub> StartAsync(TimeProvider clock)
    {
        var stub = new AliyunSmsStub(clock);
        await stub.ListenAsync(app => app.MapPost("/", (HttpRequest request) => stub.HandleAsync(request)));
        return stub;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var form = (await reader.ReadToEndAsync()).Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')), StringComparer.Ordinal);
        if (Refusal(form) is { } refusal)
        {
            return Answer(refusal.Code, "refused by the stub", refusal.Status);
        }

        Accepted.Enqueue(form);
        return Mode == StubMode.Accept
            ? Answer("OK", "OK", StatusCodes.Status200OK, bizId: "900619746936498440^0")
            : Answer("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1", StatusCodes.Status200OK);
    }

    private (string Code, int Status)? Refusal(Dictionary<string, string> form)
    {
        if (!form.Remove("Signature", out var signature) || form.GetValueOrDefault("AccessKeyId") != AccessKeyId)
        {
            return ("InvalidAccessKeyId.NotFound", StatusCodes.Status404NotFound);
        }

        if (form.GetValueOrDefault("SignatureMethod") != "HMAC-SHA1" || form.GetValueOrDefault("SignatureVersion") != "1.0")
        {
            return ("InvalidParameter", StatusCodes.Status400BadRequest);
        }

        var at = DateTimeOffset.ParseExact(form["Timestamp"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if ((Clock.GetUtcNow() - at).Duration() > TimeSpan.FromMinutes(15))
        {
            return ("InvalidTimeStamp.Expired", StatusCodes.Status400BadRequest);
        }

        var query = string.Join('&', form.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var toSign = "POST&" + Encode("/") + "&" + Encode(query);
#pragma warning disable CA5350 // The provider's algorithm.
        var expected = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(AccessKeySecret + "&"), Encoding.UTF8.GetBytes(toSign)));
#pragma warning restore CA5350
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            return ("SignatureDoesNotMatch", StatusCodes.Status400BadRequest);
        }

        return !_nonces.TryAdd(form["SignatureNonce"], true) ? ("SignatureNonceUsed", StatusCodes.Status400BadRequest)
            : form.GetValueOrDefault("Action") != "SendSms" ? ("InvalidAction.NotFound", StatusCodes.Status404NotFound)
            : null;
    }

    /// <summary>The documentation's table: A–Z a–z 0–9 - _ . ~ as they are, every other UTF-8 byte as %XY (upper case).</summary>
    private static string Encode(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' ? c.ToString() : "%" + b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static IResult Answer(string code, string message, int status, string? bizId = null)
    {
        var body = new JsonObject { ["Code"] = code, ["Message"] = message, ["RequestId"] = Guid.NewGuid().ToString() };
        if (bizId is not null)
        {
            body["BizId"] = bizId;
        }

        return Results.Text(body.ToJsonString(), "application/json", statusCode: status);
    }
}
