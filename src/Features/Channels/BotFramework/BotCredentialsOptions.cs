namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The bot's Azure registration, under the root keys Bot Framework deployments already use:
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>. No app id = anonymous mode.
/// </summary>
public sealed class BotCredentialsOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
