using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>The Bot Framework channel: /api/messages with channel JWT authentication, and the Connector sender.</summary>
public static class BotFrameworkModule
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>();
        services.AddOptions<ChannelAuthOptions>().BindConfiguration("ChannelAuth").Validate(o => o.OpenIdMetadataUrl.IsAbsoluteUri && o.ClockSkew >= TimeSpan.Zero && o.KeyRefreshInterval > TimeSpan.Zero && o.UnknownKeyRefreshInterval > TimeSpan.Zero && o.HasHttpsAuthority, "ChannelAuth: OpenIdMetadataUrl must be an absolute URL, ClockSkew not negative, the key refresh intervals above zero and Authority an https URL (e.g. https://login.microsoftonline.com/{tenant}).")
            // The key before MSAL: ignoring it silently would send the bot's credentials to the default authority instead.
            .Validate(_ => configuration["ChannelAuth:TokenEndpoint"] is null, "ChannelAuth:TokenEndpoint is no longer read: set ChannelAuth:Authority (e.g. https://login.microsoftonline.com/{tenant}) and remove TokenEndpoint.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindConfiguration("Connector").ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>();

        // Inbound: the channel's JWT, checked against its published keys.
        services.AddHttpClient(ChannelSigningKeys.HttpClientName);
        services.AddSingleton<ChannelSigningKeys>();
        services.AddSingleton<JwtChannelValidator>();
        services.AddSingleton<IChannelAuthenticator, AnonymousOrJwtAuthenticator>();

        // Outbound: replies and proactive sends to the Connector of the conversation's serviceUrl.
        services.AddSingleton<TrustedServiceUrls>();
        services.AddHostedService<TrustedServiceUrlsLoader>();
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName);
        services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        // Every reply passes here: the factory's default request logging opened a log scope and two loggers' worth of
        // work per send even at Warning (~8 % of a turn's allocations, bench/README.md); the telemetry's HttpClient
        // metrics and traces still see each request, and failures are logged by ConnectorSender and the outbox.
        services.AddHttpClient(ConnectorSender.HttpClientName).RemoveAllLoggers().AddConnectorResilience();
        services.AddSingleton<ConnectorSender>();
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app) => app.MapMessagesApi();
}
