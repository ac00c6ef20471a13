using EngageBot.Core.Privacy;
using EngageBot.Core.Retention;
using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Core;

/// <summary>
/// The turn machinery every channel and feature uses: conversation state, the conversation gate, the channel
/// adapter and the core middleware. Their order is the host's pipeline's to decide (src/Bot/BotPipeline.cs).
/// </summary>
public static class CoreModule
{
    public static IServiceCollection AddCore(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(CoreModule).Assembly));
        services.AddOptions<TurnOptions>().BindConfiguration("Turns").ValidateOnStart();
        services.AddSingleton<IValidateOptions<TurnOptions>, TurnOptionsValidator>();
        services.AddUnionTime();
        services.AddSingleton<StateStore>();
        // This process is the SQLite file's only writer, so state documents can be cached (writes stay CAS).
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Sqlite
            ? new CachingStateStore(sp.GetRequiredService<StateStore>())
            : sp.GetRequiredService<StateStore>());
        services.AddSingleton(sp => new ConversationReferences(singleWriter: sp.GetRequiredService<IDatabase>().Provider == StorageProvider.Sqlite));
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<Limits.RateWindows>();
        services.AddSingleton<Limits.RateSlots>();
        services.AddSingleton<DedupMiddleware>();
        services.AddSingleton<TranscriptMiddleware>();
        services.AddSingleton<LocaleMiddleware>();
        services.AddSingleton<TypingMiddleware>();
        services.AddSingleton<ChannelAdapter>();

        // The turn tables' retention: redelivery marks and the transcript, by the time they were written.
        services.AddRetentionTarget(RetentionKind.DedupMarks, new RetentionTable("processed_activities", "key", "processed_at") { SqliteOrder = "rowid" });
        services.AddRetentionTarget(RetentionKind.Transcripts, new RetentionTable("transcript", "id", "at") { SqliteOrder = "id", PostgresOrder = "id" });
        services.AddSingleton<IPersonalData, CorePersonalData>();
        return services;
    }
}
