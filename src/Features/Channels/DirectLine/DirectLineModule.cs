using EngageBot.Core.Privacy;
using EngageBot.Core.Retention;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Registers the built-in Direct Line channel and maps its routes.</summary>
public static class DirectLineModule
{
    public const string CorsPolicy = "DirectLine";

    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(DirectLineModule).Assembly));
        services.AddSingleton<IPersonalData, DirectLinePersonalData>();
        services.AddOptions<DirectLineOptions>().BindConfiguration("DirectLine").Validate(o => o.TokenLifetime > TimeSpan.Zero && o.StreamTokenLifetime > TimeSpan.Zero && o.KeepAliveInterval > TimeSpan.Zero && o.MaxUploadBytes > 0 && o.RequestsPerSecond > 0 && o.RequestBurst > 0 && o.SocketQueueCapacity > 0 && o.ReplayOnStart >= 0, "DirectLine: TokenLifetime, StreamTokenLifetime, KeepAliveInterval, MaxUploadBytes, RequestsPerSecond, RequestBurst and SocketQueueCapacity must be above zero, ReplayOnStart not negative.").ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(directLine.Value.AllowedOrigins)
                .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
                .WithMethods("GET", "POST")
                .WithExposedHeaders("Retry-After")));
        services.AddSingleton<DirectLineLog>();
        // The logs and uploads age out (the conversations and their watermarks stay).
        services.AddRetentionTarget(RetentionKind.DirectLineLogs, new RetentionTable("dl_activities", "conversation_id, seq", "at") { SqliteOrder = "rowid" });
        services.AddRetentionTarget(RetentionKind.Uploads, new RetentionTable("dl_attachments", "id", "created_at"));
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<StreamFanout>();
        services.AddSingleton<OpenStreams>();

        // Other instances hear of appends over PostgreSQL only when clustered; alone, nothing leaves the process.
        services.AddSingleton<IValidateOptions<ClusterOptions>, DirectLineClusterValidator>();
        services.AddSingleton<PostgresConversationSignals>();
        services.AddSingleton<IConversationSignals>(sp => sp.GetRequiredService<IOptions<ClusterOptions>>().Value.Enabled
            ? sp.GetRequiredService<PostgresConversationSignals>()
            : new InProcessConversationSignals());
        services.AddHostedService<ConversationSignalsService>();
        services.AddSingleton<DirectLineTranscript>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineSender>();

        // Notices to Direct Line conversations are appended in the outbox's own transaction (never repeated).
        services.AddSingleton<ITransactionalActivitySender>(sp => sp.GetRequiredService<DirectLineSender>());
        return services;
    }

    /// <summary>CORS and WebSockets for the channel, then its routes.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        app.UseWebSockets();
        app.MapDirectLineApi();
        return app;
    }
}
