namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The Azure Bot registration's kind, under the <c>MicrosoftAppType</c> key Bot Framework deployments already use.
/// </summary>
public enum BotAppType
{
    /// <summary>Any tenant's app: the token comes from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>An app of one tenant (<c>MicrosoftAppTenantId</c>): the token comes from that tenant.</summary>
    SingleTenant,

    /// <summary>
    /// A user-assigned managed identity (<c>MicrosoftAppId</c> = its client id): no secret or certificate, the token
    /// comes from the Azure host's identity endpoint. Azure Bot supports no system-assigned identity.
    /// </summary>
    UserAssignedMSI,
}
