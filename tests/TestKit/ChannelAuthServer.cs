using System.Text.Json.Nodes;
using EngageBot.Bot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EngageBot.TestKit;

/// <summary>
/// The Bot Framework's token services on loopback: OpenID metadata pointing at a JWKS (whose keys the test
/// can rotate) over HTTP, and Entra ID's client-credentials endpoint (<c>/{tenant}/oauth2/v2.0/token</c>) over
/// HTTPS with <see cref="LoopbackTls"/>'s certificate, as MSAL requires, checking the client secret or the
/// certificate-signed client assertion as Entra does (see <see cref="EntraTokenEndpoint"/>). Counts requests.
/// </summary>
public sealed class ChannelAuthServer : IAsyncDisposable
{
    public const string AppId = "9d1c6a5e-0000-4000-8000-00000000b07";
    public const string AppPassword = "test-app-password";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private JsonArray _keys = [];
    private int _keyRequests;

    private ChannelAuthServer(WebApplication app)
    {
        _app = app;
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/";
        HttpsBaseUrl = addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal)).TrimEnd('/') + "/";
        Tokens = new EntraTokenEndpoint(HttpsBaseUrl);
    }

    public string BaseUrl { get; }

    /// <summary>The Entra ID stand-in's root: the authority is this plus the tenant.</summary>
    public string HttpsBaseUrl { get; }

    public EntraTokenEndpoint Tokens { get; }

    /// <summary>The managed identity endpoint, for IDENTITY_ENDPOINT (App Service's, over plain HTTP on the host as there).</summary>
    public string ManagedIdentityEndpoint => BaseUrl + "msi/token";

    public string MetadataUrl => BaseUrl + "v1/.well-known/openidconfiguration";

    /// <summary>How long the Connector tokens it issues live (<c>expires_in</c>).</summary>
    public TimeSpan TokenLifetime { get => Tokens.Lifetime; set => Tokens.Lifetime = value; }

    /// <summary>When set, the JWKS answers 503 (a metadata outage).</summary>
    public bool KeysUnavailable { get; set; }

    /// <summary>When set, the token endpoint answers 200 with this body instead of a token (a broken token service).</summary>
    public string? BrokenTokenBody { get => Tokens.BrokenBody; set => Tokens.BrokenBody = value; }

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    public int TokenRequests => Tokens.Issued;

    /// <summary>Settings that turn on JWT validation against this server, with the bot's credentials.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ChannelAuth:OpenIdMetadataUrl"] = MetadataUrl,
        ["ChannelAuth:Authority"] = HttpsBaseUrl + "{tenant}",
        ["Connector:BaseDelay"] = "00:00:00.010",
        ["Connector:MaxDelay"] = "00:00:00.050",
    };

    public static async Task<ChannelAuthServer> StartAsync(params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, 0);
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(LoopbackTls.Certificate));
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ChannelAuthServer? server = null;
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(server!.Metadata(), "application/json"));
        app.MapGet("/v1/.well-known/keys", () => server!.Keys());
        app.MapGet("/msi/token", (HttpRequest request) => server!.Tokens.IssueManagedIdentity(request));
        app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpRequest request, string tenant) => server!.Tokens.IssueAsync(request, tenant));
        await app.StartAsync();
        server = new ChannelAuthServer(app);
        server.Publish(keys);
        return server;
    }

    /// <summary>Replaces the published key set (key rotation).</summary>
    public void Publish(params TestSigningKey[] keys)
    {
        lock (_lock)
        {
            _keys = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]);
        }
    }

    private string Metadata() => new JsonObject
    {
        ["issuer"] = Jwt.BotFrameworkIssuer,
        ["jwks_uri"] = BaseUrl + "v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    }.ToJsonString();

    private IResult Keys()
    {
        Interlocked.Increment(ref _keyRequests);
        if (KeysUnavailable)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        lock (_lock)
        {
            return Results.Text(new JsonObject { ["keys"] = _keys.DeepClone() }.ToJsonString(), "application/json");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
