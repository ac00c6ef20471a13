using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The MSAL application for the configured credential: a confidential client (client secret or certificate, whose
/// signed client assertion MSAL builds) or a user-assigned managed identity. MSAL owns the protocol and its token
/// cache; its HTTP goes through the named <see cref="MsalBotTokenProvider.HttpClientName"/> client.
/// </summary>
internal sealed class BotTokenClient
{
    private readonly IConfidentialClientApplication? _confidential;
    private readonly IManagedIdentityApplication? _managed;
    private readonly string[] _scopes;
    private readonly string _resource;

    private BotTokenClient(IConfidentialClientApplication? confidential, IManagedIdentityApplication? managed, string scope)
    {
        _confidential = confidential;
        _managed = managed;
        _scopes = [scope];
        // Managed identity asks for a resource, not a scope: the scope without its "/.default".
        _resource = scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
    }

    public static BotTokenClient Create(BotCredentialsOptions credentials, ChannelAuthOptions options, IMsalHttpClientFactory http)
    {
        var appId = credentials.MicrosoftAppId!;
        if (credentials.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            var managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(http)
                .Build();
            return new BotTokenClient(null, managed, options.TokenScope);
        }

        // The authority is the operator's setting, not the caller's: instance discovery (a call to
        // login.microsoftonline.com to validate it) adds a request and nothing else, so it is off.
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithAuthority(options.AuthorityFor(credentials.Tenant))
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http);
        builder = credentials.UsesCertificate
            ? builder.WithCertificate(LoadCertificate(credentials), credentials.MicrosoftAppCertificateSendX5C)
            : builder.WithClientSecret(credentials.MicrosoftAppPassword);
        return new BotTokenClient(builder.Build(), null, options.TokenScope);
    }

    /// <param name="forceRefresh">Skip MSAL's cache: our own clock says the cached token is due.</param>
    public Task<AuthenticationResult> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        _confidential is not null
            ? _confidential.AcquireTokenForClient(_scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken)
            : _managed!.AcquireTokenForManagedIdentity(_resource).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);

    private static X509Certificate2 LoadCertificate(BotCredentialsOptions credentials) =>
        X509CertificateLoader.LoadPkcs12FromFile(credentials.MicrosoftAppCertificatePath!, credentials.MicrosoftAppCertificatePassword);
}
