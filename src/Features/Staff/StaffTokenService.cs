using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Issues and checks staff bearer tokens: <c>base64url(payload JSON) "." base64url(HMAC-SHA256)</c>. A token
/// is only as good as its signature and expiry; the account itself is re-checked on every request.
/// </summary>
public sealed class StaffTokenService(StaffTokenKey key, IOptions<StaffOptions> options, TimeProvider clock)
{
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(StaffAccount account, CancellationToken cancellationToken)
    {
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + options.Value.TokenLifetime).ToUnixTimeSeconds());
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new StaffTokenPayload(account.Id, StaffStore.RoleName(account.Role), expiresAt.ToUnixTimeSeconds()), StaffJson.Default.StaffTokenPayload);
        var signature = HMACSHA256.HashData(await key.GetAsync(cancellationToken), payload);
        return (Base64Url.Encode(payload) + "." + Base64Url.Encode(signature), expiresAt);
    }

    /// <summary>The token's payload when its signature is right and it has not expired; null otherwise.</summary>
    public async Task<StaffTokenPayload?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 4096
            || Base64Url.Decode(token[..dot]) is not { } payload
            || Base64Url.Decode(token[(dot + 1)..]) is not { } signature)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(await key.GetAsync(cancellationToken), payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return null;
        }

        StaffTokenPayload? claims;
        try
        {
            claims = JsonSerializer.Deserialize(payload, StaffJson.Default.StaffTokenPayload);
        }
        catch (JsonException)
        {
            return null;
        }

        return claims is not null && claims.Exp > clock.GetUtcNow().ToUnixTimeSeconds() ? claims : null;
    }

    private static class Base64Url
    {
        public static string Encode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

        public static byte[]? Decode(string text)
        {
            try
            {
                return System.Buffers.Text.Base64Url.DecodeFromChars(text);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
