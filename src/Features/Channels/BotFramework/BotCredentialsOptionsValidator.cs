using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>Checked at start-up: exactly the credential the app type needs, and a certificate file that exists.</summary>
public sealed class BotCredentialsOptionsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var failures = new OptionsFailures();
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            return failures
                .Check(!hasSecret && !options.UsesCertificate, "MicrosoftAppType UserAssignedMSI takes no MicrosoftAppPassword nor MicrosoftAppCertificatePath: the managed identity is the credential.")
                .Result;
        }

        return failures
            .Check(hasSecret || options.UsesCertificate, "MicrosoftAppPassword is needed when MicrosoftAppId is set (or MicrosoftAppCertificatePath for a certificate; or leave both empty for anonymous mode).")
            .Check(!(hasSecret && options.UsesCertificate), "Set MicrosoftAppPassword or MicrosoftAppCertificatePath, not both.")
            .Check(!options.UsesCertificate || File.Exists(options.MicrosoftAppCertificatePath), $"MicrosoftAppCertificatePath: no file at '{options.MicrosoftAppCertificatePath}'; give the path of the app's .pfx certificate.")
            .Check(options.MicrosoftAppType != BotAppType.SingleTenant || !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId), "MicrosoftAppTenantId is needed when MicrosoftAppType is SingleTenant.")
            .Result;
    }
}
