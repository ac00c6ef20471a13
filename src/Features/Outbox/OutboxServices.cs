using EngageBot.Core.Privacy;
using EngageBot.Core.Retention;
using EngageBot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The one outbox: its store and the public classes other features ask (<see cref="IOutbox"/> to enqueue,
/// <see cref="OutboxDeliveries"/> to report), its dispatcher and its retention. Everything that names the
/// <c>outbox</c> table is registered here; the host starts the dispatcher (NoticesModule).
/// </summary>
public static class OutboxServices
{
    public static IServiceCollection AddOutboxCore(this IServiceCollection services)
    {
        services.AddSingleton<OutboxStore>();
        // Delivered rows age out by when they were sent; rows still pending, waiting or failed are kept.
        services.AddRetentionTarget(RetentionKind.DeliveredOutbox, new RetentionTable("outbox", "id", "updated_at", "status = 'sent'"));
        services.AddSingleton<IPersonalData, OutboxPersonalData>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ChannelRateLimiter>();
        services.AddSingleton<OutboxRetryPolicy>();
        services.AddSingleton<OutboxHolds>();
        services.AddSingleton<ParkedReplies>();
        services.AddSingleton<MessageOutbox>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<MessageOutbox>());
        services.AddSingleton<IOutboxRenderer, NoticeRenderer>();
        services.AddSingleton<WaitingDeliveries>();
        services.AddSingleton<FirstSignInMiddleware>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxDeliveries>();
        return services;
    }
}
