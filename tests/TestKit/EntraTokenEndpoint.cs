using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EngageBot.TestKit;

/// <summary>
/// Entra ID's v2.0 token endpoint for the client-credentials grant, as the bot meets it: the app id and the Bot
/// Framework scope are required; the credential is the client secret, or a client assertion (RFC 7523) signed
/// with the registered certificate whose audience is this endpoint, issuer and subject the app id, with an expiry
/// and an id. Errors answer in Entra's shape (400 for a bad request, 401 invalid_client for a bad credential).
/// </summary>
public sealed class EntraTokenEndpoint(string httpsBaseUrl)
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private readonly List<string> _tenants = [];
    private int _issued;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When set, answers 200 with this body instead of a token (a broken token service).</summary>
    public string? BrokenBody { get; set; }

    /// <summary>The certificate registered for the app (its public part); null = the app has none.</summary>
    public X509Certificate2? RegisteredCertificate { get; set; }

    /// <summary>Tokens issued (a refusal issues none).</summary>
    public int Issued => Volatile.Read(ref _issued);

    /// <summary>How each accepted request proved itself: "secret" or "certificate".</summary>
    public List<string> Credentials { get; } = [];

    /// <summary>The tenants whose endpoint issued tokens, in order.</summary>
    public IReadOnlyList<string> Tenants
    {
        get
        {
            lock (_tenants)
            {
                return [.. _tenants];
            }
        }
    }

    public string TokenEndpointFor(string tenant) => $"{httpsBaseUrl}{tenant}/oauth2/v2.0/token";

    public async Task<IResult> IssueAsync(HttpRequest request, string tenant)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials")
        {
            return Error(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        }

        if (form["client_id"] != ChannelAuthServer.AppId)
        {
            return Error(400, "unauthorized_client", 700016, "Application was not found in the directory.");
        }

        if (form["scope"] != Scope)
        {
            return Error(400, "invalid_scope", 1002012, "The provided value for scope is not valid.");
        }

        var credential = await CheckCredentialAsync(form["client_secret"], form["client_assertion_type"], form["client_assertion"], tenant);
        if (credential is null)
        {
            return Error(401, "invalid_client", 7000215, "Invalid client secret or client assertion provided.");
        }

        lock (_tenants)
        {
            _tenants.Add(tenant);
            Credentials.Add(credential);
        }

        var n = Interlocked.Increment(ref _issued);
        if (BrokenBody is { } broken)
        {
            return Results.Text(broken, "application/json");
        }

        var seconds = (int)Lifetime.TotalSeconds;
        return Results.Text(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = "bot-token-" + n.ToString(CultureInfo.InvariantCulture),
        }.ToJsonString(), "application/json");
    }

    /// <summary>The header secret an Azure App Service host gives its managed identity endpoint (IDENTITY_HEADER).</summary>
    public const string IdentityHeader = "test-identity-header";

    /// <summary>
    /// App Service's managed identity endpoint (api-version 2019-08-01), as MSAL calls it when IDENTITY_ENDPOINT and
    /// IDENTITY_HEADER are set: the header secret, the resource (not a scope) and the user-assigned identity's client id.
    /// </summary>
    public IResult IssueManagedIdentity(HttpRequest request)
    {
        var query = request.Query;
        if (request.Headers["X-IDENTITY-HEADER"] != IdentityHeader)
        {
            return Results.Text("""{"statusCode":401,"message":"Unauthorized request"}""", "application/json", statusCode: 401);
        }

        if (query["api-version"] != "2019-08-01" || query["resource"] != "https://api.botframework.com" || query["client_id"] != ChannelAuthServer.AppId)
        {
            return Results.Text("""{"statusCode":400,"message":"Bad request: unknown resource or identity"}""", "application/json", statusCode: 400);
        }

        lock (_tenants)
        {
            Credentials.Add("managed-identity");
        }

        var n = Interlocked.Increment(ref _issued);
        return Results.Text(new JsonObject
        {
            ["access_token"] = "bot-token-" + n.ToString(CultureInfo.InvariantCulture),
            ["expires_on"] = DateTimeOffset.UtcNow.Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["resource"] = "https://api.botframework.com",
            ["token_type"] = "Bearer",
            ["client_id"] = ChannelAuthServer.AppId,
        }.ToJsonString(), "application/json");
    }

    private async Task<string?> CheckCredentialAsync(string? secret, string? assertionType, string? assertion, string tenant)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            return secret == ChannelAuthServer.AppPassword && assertion is null ? "secret" : null;
        }

        if (assertionType != AssertionType || string.IsNullOrEmpty(assertion) || RegisteredCertificate is not { } certificate)
        {
            return null;
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidAudience = TokenEndpointFor(tenant),
            ValidIssuer = ChannelAuthServer.AppId,
            IssuerSigningKey = new X509SecurityKey(certificate),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
        return result.IsValid
            && result.Claims.TryGetValue("sub", out var subject) && subject as string == ChannelAuthServer.AppId
            && result.Claims.ContainsKey("jti")
            ? "certificate"
            : null;
    }

    private static IResult Error(int status, string error, int code, string description) => Results.Text(new JsonObject
    {
        ["error"] = error,
        ["error_description"] = $"AADSTS{code}: {description}",
        ["error_codes"] = new JsonArray(code),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
        ["trace_id"] = Guid.NewGuid().ToString(),
        ["correlation_id"] = Guid.NewGuid().ToString(),
    }.ToJsonString(), "application/json", statusCode: status);
}
