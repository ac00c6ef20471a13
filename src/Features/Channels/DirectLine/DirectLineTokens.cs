using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JWTs bound to one conversation and one user. The
/// signing key is derived from <c>DirectLine:Secret</c> (HMAC-SHA256 over a fixed label), so the secret itself
/// never signs anything; with no secret, a random key lives as long as the process.
/// </summary>
public sealed class DirectLineTokens
{
    public const string Issuer = "engagebot-directline";

    private static readonly byte[] KeyLabel = "EngageBot Direct Line token signing key v1"u8.ToArray();
    private static readonly string Header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _key;
    private readonly byte[]? _secretHash;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var secret = _options.Secret;
        if (string.IsNullOrEmpty(secret))
        {
            _key = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), KeyLabel);
            _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        }
    }

    public bool HasSecret => _secretHash is not null;

    public TimeSpan Lifetime => _options.TokenLifetime;

    /// <summary>True when <paramref name="candidate"/> is the configured secret (constant-time).</summary>
    public bool IsSecret(string candidate) =>
        _secretHash is not null && CryptographicOperations.FixedTimeEquals(_secretHash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));

    /// <param name="sessionVersion">The member's session version, carried from the token this one is derived from.</param>
    public string IssueConversationToken(string conversationId, string userId, string? userName, int? sessionVersion = null) =>
        Issue(conversationId, userId, userName, DirectLineTokenClaims.ConversationKind, _options.TokenLifetime, sessionVersion);

    public string IssueMemberToken(string userId, string userName, TimeSpan lifetime, int sessionVersion) =>
        Issue(string.Empty, userId, userName, DirectLineTokenClaims.MemberKind, lifetime, sessionVersion);

    public string IssueStreamToken(string conversationId, string userId, int? sessionVersion) =>
        Issue(conversationId, userId, null, DirectLineTokenClaims.StreamKind, _options.StreamTokenLifetime, sessionVersion);

    /// <summary>The claims of a well-signed, unexpired token; otherwise null and why.</summary>
    public DirectLineTokenClaims? Validate(string token, out TokenFailure failure)
    {
        failure = TokenFailure.Invalid;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return null;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), expected);
        byte[] signature;
        DirectLineTokenClaims? claims;
        try
        {
            signature = Base64UrlDecode(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(expected, signature))
            {
                return null;
            }

            claims = JsonSerializer.Deserialize(Base64UrlDecode(parts[1]), DirectLineJson.Default.DirectLineTokenClaims);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }

        if (claims is null || claims.Issuer != Issuer)
        {
            return null;
        }

        if (claims.ExpiresAt <= _clock.GetUtcNow().ToUnixTimeSeconds())
        {
            failure = TokenFailure.Expired;
            return null;
        }

        failure = TokenFailure.None;
        return claims;
    }

    private string Issue(string conversationId, string userId, string? userName, string kind, TimeSpan lifetime, int? sessionVersion)
    {
        var now = _clock.GetUtcNow();
        var claims = new DirectLineTokenClaims
        {
            ConversationId = conversationId,
            UserId = userId,
            UserName = userName,
            Kind = kind,
            SessionVersion = sessionVersion,
            IssuedAt = now.ToUnixTimeSeconds(),
            ExpiresAt = (now + lifetime).ToUnixTimeSeconds(),
        };
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Default.DirectLineTokenClaims));
        var signed = Header + "." + payload;
        return signed + "." + Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed)));
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => throw new FormatException() };
        return Convert.FromBase64String(padded);
    }
}
