using System.Globalization;
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
/// can rotate), and the client-credentials endpoint that hands the bot its Connector token. Counts requests.
/// </summary>
public sealed class ChannelAuthServer : IAsyncDisposable
{
    public const string AppId = "9d1c6a5e-0000-4000-8000-00000000b07";
    public const string AppPassword = "test-app-password";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private JsonArray _keys = [];
    private int _keyRequests;
    private int _tokenRequests;

    private ChannelAuthServer(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = address.TrimEnd('/') + "/";
    }

    public string BaseUrl { get; }

    public string MetadataUrl => BaseUrl + "v1/.well-known/openidconfiguration";

    public string TokenEndpoint => BaseUrl + "oauth2/v2.0/token";

    /// <summary>How long the Connector tokens it issues live (<c>expires_in</c>).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When set, the JWKS answers 503 (a metadata outage).</summary>
    public bool KeysUnavailable { get; set; }

    /// <summary>When set, the token endpoint answers 200 with this body instead of a token (a broken token service).</summary>
    public string? BrokenTokenBody { get; set; }

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>Settings that turn on JWT validation against this server, with the bot's credentials.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ChannelAuth:OpenIdMetadataUrl"] = MetadataUrl,
        ["ChannelAuth:TokenEndpoint"] = TokenEndpoint,
        ["Connector:BaseDelay"] = "00:00:00.010",
        ["Connector:MaxDelay"] = "00:00:00.050",
    };

    public static async Task<ChannelAuthServer> StartAsync(params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ChannelAuthServer? server = null;
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(server!.Metadata(), "application/json"));
        app.MapGet("/v1/.well-known/keys", () => server!.Keys());
        app.MapPost("/oauth2/v2.0/token", (HttpRequest request) => server!.IssueTokenAsync(request));
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

    private async Task<IResult> IssueTokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_id"] != AppId || form["client_secret"] != AppPassword
            || form["scope"] != "https://api.botframework.com/.default")
        {
            return Results.Text("""{"error":"invalid_client"}""", "application/json", statusCode: StatusCodes.Status401Unauthorized);
        }

        var n = Interlocked.Increment(ref _tokenRequests);
        if (BrokenTokenBody is { } broken)
        {
            return Results.Text(broken, "application/json");
        }

        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["access_token"] = "bot-token-" + n.ToString(CultureInfo.InvariantCulture),
        };
        return Results.Text(body.ToJsonString(), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
