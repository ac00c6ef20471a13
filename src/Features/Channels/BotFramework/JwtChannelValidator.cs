using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Validates a channel's bearer token with IdentityModel's <see cref="JsonWebTokenHandler"/>: RS256/384/512 only,
/// a trusted issuer, a signature by a published key of at least 2048 bits, nbf/exp within the clock skew (exp
/// required), audience = our app id; then the <c>serviceurl</c> claim and the signing key's endorsements.
/// </summary>
public sealed partial class JwtChannelValidator(
    ChannelSigningKeys keys,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock,
    ILogger<JwtChannelValidator> logger)
{
    /// <summary>Smaller RSA keys are refused even when published.</summary>
    public const int MinimumKeySizeInBits = 2048;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The verified token's claims, or null when it must be refused (the reason is logged, never the token).</summary>
    public async Task<ChannelToken?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (credentials.Value.MicrosoftAppId is not { Length: > 0 } appId)
        {
            return Refuse("no app id to be the audience");
        }

        keys.RefreshIfDue();
        IReadOnlyList<string> endorsements = [];
        var parameters = Parameters(appId);
        // Endorsements are JWKS members IdentityModel does not carry over to the key it verified with; they are
        // read from the same configuration, by key id, once the key has passed.
        parameters.IssuerSigningKeyValidatorUsingConfiguration = (key, _, _, configuration) =>
        {
            if (key.KeySize < MinimumKeySizeInBits)
            {
                return false;
            }

            endorsements = Endorsements(key.KeyId, configuration as OpenIdConnectConfiguration);
            return true;
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return Refuse(result.Exception?.GetType().Name ?? "invalid token");
        }

        if (!NumericDates.AreWholeSecondsInRange(jwt))
        {
            return Refuse("exp or nbf is not a time");
        }

        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return Refuse("no serviceurl claim");
        }

        return new ChannelToken(serviceUrl, endorsements);
    }

    private TokenValidationParameters Parameters(string appId)
    {
        return new TokenValidationParameters
        {
            ConfigurationManager = keys.Manager,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            // Only the configured issuers: IdentityModel's own check would also accept the metadata's issuer.
            IssuerValidator = (issuer, _, _) => options.Value.AcceptedIssuers.Contains(issuer, StringComparer.Ordinal)
                ? issuer : throw new SecurityTokenInvalidIssuerException("untrusted issuer"),
            ValidAudience = appId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            // Judged by our clock (IdentityModel's own lifetime check reads the system clock).
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires),
            ValidateIssuerSigningKey = true,
        };
    }

    /// <summary>Now lies within [nbf − skew, exp + skew]; exp is required.</summary>
    private bool IsCurrent(DateTime? notBefore, DateTime? expires)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var skew = options.Value.ClockSkew;
        return expires is { } until && now - skew <= until && (notBefore is not { } from || now + skew >= from);
    }

    /// <summary>The channels the JWKS entry with this key id lists under <c>endorsements</c>; none when it lists none.</summary>
    private static IReadOnlyList<string> Endorsements(string keyId, OpenIdConnectConfiguration? configuration)
    {
        var jwk = configuration?.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        return jwk is not null && jwk.AdditionalData.TryGetValue("endorsements", out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> list => [.. list.OfType<string>()],
            _ => [],
        }
        : [];
    }

    private ChannelToken? Refuse(string reason)
    {
        LogRefused(logger, reason);
        return null;
    }

    [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "Refused a channel token: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}

/// <summary>What a verified channel token vouches for: its serviceUrl, and the channels its signing key is endorsed for.</summary>
public sealed record ChannelToken(string ServiceUrl, IReadOnlyList<string> Endorsements);
