namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>An <see cref="IHttpClientFactory"/> that hands out plain clients, for senders built by hand.</summary>
public sealed class PlainHttpClients : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}
