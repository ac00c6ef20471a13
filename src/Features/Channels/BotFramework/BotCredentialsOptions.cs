namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The bot's Azure registration, under the root keys Bot Framework deployments already use:
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, and a
/// certificate instead of the password (<c>MicrosoftAppCertificatePath</c>). No app id = anonymous mode.
/// </summary>
public sealed class BotCredentialsOptions
{
    public string? MicrosoftAppId { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A PKCS#12 (.pfx) file with the app's certificate and private key, used instead of a client secret.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>Send the certificate chain (x5c) with each request: needed for subject name / issuer authentication.</summary>
    public bool MicrosoftAppCertificateSendX5C { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool UsesCertificate => !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);

    /// <summary>The tenant whose token endpoint issues the bot's token: the configured one, else botframework.com (multi-tenant).</summary>
    public string Tenant => string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "botframework.com" : MicrosoftAppTenantId;
}
