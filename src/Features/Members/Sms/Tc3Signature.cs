using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// Tencent Cloud API 3.0's TC3-HMAC-SHA256 signature, as its "签名方法 v3" documentation builds it: a canonical
/// request over the method, path, the signed headers content-type and host, and the payload's SHA-256; a string to
/// sign with the timestamp and the credential scope (date/service/tc3_request); a key derived from "TC3" + SecretKey
/// through the date, the service and "tc3_request".
/// </summary>
public static class Tc3Signature
{
    public const string Algorithm = "TC3-HMAC-SHA256";
    public const string SignedHeaders = "content-type;host";

    public static string CanonicalRequest(string contentType, string host, string payload) =>
        $"POST\n/\n\ncontent-type:{contentType}\nhost:{host}\n\n{SignedHeaders}\n{Sha256Hex(payload)}";

    /// <summary>The UTC date of the timestamp, as the credential scope has it.</summary>
    public static string Date(long timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string StringToSign(long timestamp, string service, string canonicalRequest) =>
        $"{Algorithm}\n{timestamp.ToString(CultureInfo.InvariantCulture)}\n{Date(timestamp)}/{service}/tc3_request\n{Sha256Hex(canonicalRequest)}";

    public static string Signature(string secretKey, long timestamp, string service, string canonicalRequest)
    {
        var date = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(Date(timestamp)));
        var scoped = HMACSHA256.HashData(date, Encoding.UTF8.GetBytes(service));
        var signing = HMACSHA256.HashData(scoped, "tc3_request"u8);
        return Convert.ToHexStringLower(HMACSHA256.HashData(signing, Encoding.UTF8.GetBytes(StringToSign(timestamp, service, canonicalRequest))));
    }

    public static string Authorization(string secretId, long timestamp, string service, string signature) =>
        $"{Algorithm} Credential={secretId}/{Date(timestamp)}/{service}/tc3_request, SignedHeaders={SignedHeaders}, Signature={signature}";

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
