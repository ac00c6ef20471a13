using EngageBot.Bot.Adapter;
using EngageBot.Bot.Auth;
using EngageBot.Bot.Console;
using EngageBot.Bot.Connectors;
using EngageBot.Bot.Endpoints;
using EngageBot.Bot.Hosting;
using EngageBot.Bot.SignUps;
using EngageBot.Bot.Staff;
using EngageBot.Bot.Wiring;
using EngageBot.Dialogs;
using EngageBot.Dialogs.Middleware;
using EngageBot.Dialogs.Turns;
using EngageBot.Storage;
using EngageBot.Storage.Postgres;
using EngageBot.Storage.Sqlite;
using EngageBot.Storage.State;

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
        services.AddSingleton<StateStore>();
        // This process is the SQLite file's only writer, so state documents can be cached (writes stay CAS).
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Sqlite
            ? new CachingStateStore(sp.GetRequiredService<StateStore>())
            : sp.GetRequiredService<StateStore>());
        services.AddHostedService<StorageInitializer>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

        // Inbound: authentication, then the one adapter and its ordered middleware.
        services.AddHttpClient(ChannelSigningKeys.HttpClientName);
        services.AddSingleton<ChannelSigningKeys>();
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
