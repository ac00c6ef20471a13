using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>The Bot Framework channel: /api/messages with channel JWT authentication, and the Connector sender.</summary>
public static class BotFrameworkModule
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialsOptions>().Bind(configuration);
        services.AddOptions<ChannelAuthOptions>().BindConfiguration("ChannelAuth");
        services.AddOptions<ConnectorOptions>().BindConfiguration("Connector");

        // Inbound: the channel's JWT, checked against its published keys.
        services.AddHttpClient(OpenIdKeyCache.HttpClientName);
        services.AddSingleton<OpenIdKeyCache>();
        services.AddSingleton<JwtChannelValidator>();
        services.AddSingleton<IChannelAuthenticator, AnonymousOrJwtAuthenticator>();

        // Outbound: replies and proactive sends to the Connector of the conversation's serviceUrl.
        services.AddSingleton<TrustedServiceUrls>();
        services.AddHostedService<TrustedServiceUrlsLoader>();
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.AddSingleton<IBotTokenProvider, ClientCredentialsTokenProvider>();
        services.AddHttpClient(ConnectorSender.HttpClientName);
        services.AddSingleton<ConnectorSender>();
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app) => app.MapMessagesApi();
}
