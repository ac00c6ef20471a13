using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>
/// sms.tencentcloudapi.com on loopback. It checks the TC3-HMAC-SHA256 signature the way the documentation describes
/// (its own code, not the sender's): the headers named in SignedHeaders, the payload hash, the credential scope and
/// a timestamp within five minutes; then answers as SendSms 2021-01-11 does, including its errors.
/// </summary>
public sealed class TencentSmsStub : LoopbackStub
{
    public const string SecretId = "AKIDstub0000000000000000000000000000";
    public const string SecretKey = "stub-secret-key-0123456789abcdef";

    private TencentSmsStub(TimeProvider clock) => Clock = clock;

    public TimeProvider Clock { get; }

    public StubMode Mode { get; set; }

    /// <summary>Bodies of well-signed SendSms calls.</summary>
    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    public static async Task<TencentSmsStub> StartAsync(TimeProvider clock)
    {
        var stub = new TencentSmsStub(clock);
        await stub.ListenAsync(app => app.MapPost("/", (HttpRequest request) => stub.HandleAsync(request)));
        return stub;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync();
        if (Refusal(request, payload) is { } refusal)
        {
            return Answer(new JsonObject { ["Error"] = new JsonObject { ["Code"] = refusal, ["Message"] = "refused by the stub" } });
        }

        var body = JsonNode.Parse(payload)!.AsObject();
        Accepted.Enqueue(body);
        var phone = body["PhoneNumberSet"]![0]!.GetValue<string>();
        var status = Mode == StubMode.Accept
            ? new JsonObject { ["SerialNo"] = "5000:1045710669157053657849499619", ["PhoneNumber"] = phone, ["Fee"] = 1, ["Code"] = "Ok", ["Message"] = "send success", ["IsoCode"] = "CN" }
            : new JsonObject { ["SerialNo"] = "", ["PhoneNumber"] = phone, ["Fee"] = 0, ["Code"] = "LimitExceeded.PhoneNumberThirtySecondLimit",
                ["Message"] = "the number of sms messages sent from a single mobile number within 30 seconds exceeds the upper limit", ["IsoCode"] = "CN" };
        return Answer(new JsonObject { ["SendStatusSet"] = new JsonArray(status) });
    }

    private string? Refusal(HttpRequest request, string payload)
    {
        var authorization = request.Headers.Authorization.ToString();
        const string prefix = "TC3-HMAC-SHA256 ";
        if (!authorization.StartsWith(prefix, StringComparison.Ordinal))
        {
            return "AuthFailure.InvalidAuthorization";
        }

        var parts = authorization[prefix.Length..].Split(", ").Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var credential = parts["Credential"].Split('/');
        if (credential[0] != SecretId)
        {
            return "AuthFailure.SecretIdNotFound";
        }

        var timestamp = long.Parse(request.Headers["X-TC-Timestamp"].ToString(), CultureInfo.InvariantCulture);
        if (Math.Abs(Clock.GetUtcNow().ToUnixTimeSeconds() - timestamp) > 300)
        {
            return "AuthFailure.SignatureExpire";
        }

        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var signedHeaders = parts["SignedHeaders"];
        var headers = string.Concat(signedHeaders.Split(';').Select(h => h + ":" + request.Headers[h].ToString().Trim().ToLowerInvariant() + "\n"));
        var canonical = $"POST\n/\n\n{headers}\n{signedHeaders}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(payload)))}";
        var scope = $"{date}/{credential[2]}/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("TC3" + SecretKey), date), credential[2]), "tc3_request");
        var expected = Hex(Hmac(key, toSign));
        var valid = credential[1] == date && credential[3] == "tc3_request" && signedHeaders.Contains("host", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts["Signature"]));
        return !valid ? "AuthFailure.SignatureFailure"
            : request.Headers["X-TC-Action"] != "SendSms" ? "InvalidAction"
            : null;
    }

    private static IResult Answer(JsonObject response)
    {
        response["RequestId"] = Guid.NewGuid().ToString();
        return Results.Text(new JsonObject { ["Response"] = response }.ToJsonString(), "application/json");
    }

    private static byte[] Hmac(byte[] key, string text) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
