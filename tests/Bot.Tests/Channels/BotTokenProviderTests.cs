using System.Net;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// The bot's own Connector token through MSAL against an Entra ID stand-in on loopback HTTPS: client secret and
/// certificate (a client assertion the stub verifies), multi- and single-tenant, the cache, refresh when the
/// token is due, and refusals. ConnectorSenderTests covers the same provider inside the whole service.
/// </summary>
public sealed class BotTokenProviderTests : IAsyncLifetime
{
    private ChannelAuthServer _auth = null!;
    private ServiceProvider _services = null!;
    private readonly ManualClock _clock = ManualClock.StartingNow();

    public async Task InitializeAsync()
    {
        _auth = await ChannelAuthServer.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(LoopbackTls.TrustingHandler);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _auth.DisposeAsync();
    }

    [Fact]
    public async Task A_multi_tenant_bot_with_a_secret_gets_its_token_from_the_botframework_tenant_once()
    {
        using var provider = Provider(new BotCredentialsOptions { MicrosoftAppId = ChannelAuthServer.AppId, MicrosoftAppPassword = ChannelAuthServer.AppPassword });

        Assert.Equal("bot-token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("bot-token-1", await provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(["botframework.com"], _auth.Tokens.Tenants);
        Assert.Equal(["secret"], _auth.Tokens.Credentials);
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant()
    {
        const string tenant = "5f2d6b0e-1111-4c4c-9e9e-000000000042";
        using var provider = Provider(new BotCredentialsOptions
        {
            MicrosoftAppId = ChannelAuthServer.AppId, MicrosoftAppPassword = ChannelAuthServer.AppPassword,
            MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppTenantId = tenant,
        });

        Assert.Equal("bot-token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal([tenant], _auth.Tokens.Tenants);
    }

    [Fact]
    public async Task A_certificate_bot_proves_itself_with_a_signed_client_assertion()
    {
        using var certificate = new AppCertificate();
        _auth.Tokens.RegisteredCertificate = certificate.PublicCertificate;
        using var provider = Provider(CertificateCredentials(certificate));

        Assert.Equal("bot-token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(["certificate"], _auth.Tokens.Credentials);
    }

    [Fact]
    public async Task A_certificate_the_app_registration_does_not_hold_is_refused_as_a_permanent_failure()
    {
        using var registered = new AppCertificate();
        using var other = new AppCertificate();
        _auth.Tokens.RegisteredCertificate = registered.PublicCertificate;
        using var provider = Provider(CertificateCredentials(other));

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(0, _auth.Tokens.Issued);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_and_a_token_service_outage_is_transient()
    {
        using var wrong = Provider(new BotCredentialsOptions { MicrosoftAppId = ChannelAuthServer.AppId, MicrosoftAppPassword = "not-the-secret" });
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => wrong.GetTokenAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        _auth.Tokens.BrokenBody = "<html>busy</html>";
        using var right = Provider(new BotCredentialsOptions { MicrosoftAppId = ChannelAuthServer.AppId, MicrosoftAppPassword = ChannelAuthServer.AppPassword });
        var outage = await Assert.ThrowsAsync<HttpRequestException>(() => right.GetTokenAsync(CancellationToken.None));
        Assert.Null(outage.StatusCode); // no status: the Connector sender leaves the reply to the outbox's retries

        _auth.Tokens.BrokenBody = null;
        Assert.StartsWith("bot-token-", await right.GetTokenAsync(CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_when_half_its_life_has_passed()
    {
        _auth.TokenLifetime = TimeSpan.FromMinutes(4); // under twice the five-minute margin: renewed at half-life
        using var provider = Provider(new BotCredentialsOptions { MicrosoftAppId = ChannelAuthServer.AppId, MicrosoftAppPassword = ChannelAuthServer.AppPassword });

        Assert.Equal("bot-token-1", await provider.GetTokenAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal("bot-token-1", await provider.GetTokenAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal("bot-token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, _auth.Tokens.Issued);
    }

    [Fact]
    public async Task Anonymous_mode_has_no_token_and_asks_nobody()
    {
        using var provider = Provider(new BotCredentialsOptions());

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(0, _auth.Tokens.Issued);
    }

    private static BotCredentialsOptions CertificateCredentials(AppCertificate certificate) => new()
    {
        MicrosoftAppId = ChannelAuthServer.AppId,
        MicrosoftAppCertificatePath = certificate.Path,
        MicrosoftAppCertificatePassword = AppCertificate.Password,
    };

    private MsalBotTokenProvider Provider(BotCredentialsOptions credentials) => new(
        _services.GetRequiredService<IHttpClientFactory>(),
        Options.Create(credentials),
        Options.Create(new ChannelAuthOptions { Authority = _auth.HttpsBaseUrl + "{tenant}" }),
        _clock);
}

