using System.Security.Cryptography;
using System.Text;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// The signature WeChat and WeCom put on every callback: SHA-1 (lower-case hex) over the parts sorted in
/// ordinal (dictionary) order and joined: token, timestamp, nonce, and in safe mode the ciphertext too.
/// </summary>
public static class CallbackSignature
{
    public static string Compute(params string[] parts)
    {
        var sorted = parts.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA-1 is what WeChat and WeCom sign with; we verify their scheme, we do not choose it.
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted)));
#pragma warning restore CA5350
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="signature"/> is the signature of <paramref name="parts"/>; compared in fixed time.</summary>
    public static bool Matches(string? signature, params string[] parts)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length != 40)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Refuses the callback unless the signature matches.</summary>
    public static void Verify(string? signature, params string[] parts)
    {
        if (!Matches(signature, parts))
        {
            throw new CallbackRejectedException(CallbackRejection.BadSignature);
        }
    }
}
