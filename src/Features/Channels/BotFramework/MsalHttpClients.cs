using Microsoft.Identity.Client;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>Hands MSAL the named HttpClient from the factory, so its calls share pooled handlers (and tests can point them at a stub).</summary>
internal sealed class MsalHttpClients(IHttpClientFactory factory, string name) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(name);
}
