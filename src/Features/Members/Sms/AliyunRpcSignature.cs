using System.Security.Cryptography;
using System.Text;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// Alibaba Cloud's RPC signature (SignatureVersion 1.0, HMAC-SHA1), as its "签名机制" documentation builds it: the
/// parameters sorted by name, names and values percent-encoded (RFC 3986: only A–Z a–z 0–9 - _ . ~ stay as they are,
/// space is %20), joined with &amp; and = into the canonical query; the string to sign is
/// <c>METHOD&amp;%2F&amp;</c> + the canonical query encoded once more; the key is the AccessKey secret + "&amp;".
/// </summary>
public static class AliyunRpcSignature
{
    public static string PercentEncode(string value) => Uri.EscapeDataString(value);

    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => PercentEncode(p.Key) + "=" + PercentEncode(p.Value)));

    public static string StringToSign(string method, string canonicalQuery) =>
        method + "&" + PercentEncode("/") + "&" + PercentEncode(canonicalQuery);

#pragma warning disable CA5350 // HMAC-SHA1 is what Alibaba's RPC signature (SignatureMethod HMAC-SHA1) is defined with.
    public static string Signature(string accessKeySecret, string stringToSign) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign)));
#pragma warning restore CA5350
}
