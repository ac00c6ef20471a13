using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Members;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.Infrastructure.Sqlite;

namespace EngageBot.Bot;

/// <summary>The composition root: what the service is made of and which endpoints it serves.</summary>
public static class EngageBotApp
{
    /// <param name="configure">Lets tests and benchmarks override configuration or services before the app is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddEngageBot(builder.Configuration);
        builder.Services.AddMemberChat();
        builder.Services.AddStaff(builder.Configuration);
        builder.Services.AddSignUps(builder.Configuration);
        builder.Services.AddNotices(builder.Configuration);
        builder.Services.AddWiring();
        builder.Services.AddStaffConsole();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapStaffConsole();
        app.MapMessagesApi();
        app.MapMemberChat();
        app.MapHealth();
        app.MapStaff();
        app.MapSignUps();
        app.MapAdminGroup().MapNoticesApi();
        app.MapWiring();
        return app;
    }

    private static IServiceCollection AddEngageBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        services.AddOptions<StorageOptions>().BindConfiguration("Storage").Configure(o =>
            o.ConnectionString = configuration.GetConnectionString("EngageBot") ?? StorageOptions.DefaultConnectionString);
        services.AddOptions<BotCredentialsOptions>().Bind(configuration);
        services.AddOptions<ChannelAuthOptions>().BindConfiguration("ChannelAuth");
        services.AddOptions<ConnectorOptions>().BindConfiguration("Connector");
        services.AddOptions<TurnOptions>().BindConfiguration("Turns");

        // Storage: the provider switch is the only place that knows which database is in use.
        services.AddSingleton<IDatabase>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresDatabase>(sp)
                : ActivatorUtilities.CreateInstance<SqliteDatabase>(sp));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton(new SchemaScripts(typeof(StateStore).Assembly));
        services.AddSingleton(new SchemaScripts(typeof(DialogEngine).Assembly));
        services.AddSingleton<StateStore>();
        // This process is the SQLite file's only writer, so state documents can be cached (writes stay CAS).
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Sqlite
            ? new CachingStateStore(sp.GetRequiredService<StateStore>())
            : sp.GetRequiredService<StateStore>());
        services.AddHostedService<StorageInitializer>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

        // Inbound: authentication, then the one adapter and its ordered middleware.
        services.AddHttpClient(OpenIdKeyCache.HttpClientName);
        services.AddSingleton<OpenIdKeyCache>();
        services.AddSingleton<JwtChannelValidator>();
        services.AddSingleton<IChannelAuthenticator, AnonymousOrJwtAuthenticator>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ITurnMiddleware, DedupMiddleware>();
        services.AddSingleton<ITurnMiddleware, TranscriptMiddleware>();
        services.AddSingleton<ITurnMiddleware, LocaleMiddleware>();
        services.AddSingleton<ITurnMiddleware, TypingMiddleware>();
        services.AddConversations();
        services.AddSingleton<IBot, UnionBot>();
        services.AddSingleton<MiddlewarePipeline>();
        services.AddSingleton<ChannelAdapter>();

        // Outbound: replies and proactive sends leave through the router.
        services.AddSingleton<TrustedServiceUrls>();
        services.AddHostedService<TrustedServiceUrlsLoader>();
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.AddSingleton<IBotTokenProvider, ClientCredentialsTokenProvider>();
        services.AddHttpClient(ConnectorSender.HttpClientName);
        services.AddSingleton<ConnectorSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<ConnectorSender>());
        services.AddSingleton<OutboundRouter>();
        return services;
    }
}
