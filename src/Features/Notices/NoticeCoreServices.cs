using EngageBot.Core.Privacy;
using EngageBot.Core.Retention;
using EngageBot.Features.Knowledge;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Dialogs;
using EngageBot.Features.SignUps;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Notices;

/// <summary>
/// The notice machinery itself: stores, firing, audience expansion, the outbox and its dispatcher, and
/// subscriptions. The host adds Quartz, jobs, hosting and routes around it; the scheduler tests use it as is.
/// </summary>
public static class NoticeCoreServices
{
    public static IServiceCollection AddNoticeCore(this IServiceCollection services)
    {
        services.AddSingleton<NoticeStore>();
        services.AddSingleton<FiringStore>();
        services.AddSingleton<NoticeScheduler>();
        services.AddSingleton<QuietHours>();
        services.AddSingleton<NoticeFiringService>();
        services.AddSingleton<NoticeService>();
        services.AddSingleton<ReachableMembers>();
        services.AddSingleton<RosterRecipients>();
        services.AddSingleton<AudienceExpander>();
        services.AddSingleton<OutboxStore>();
        // Delivered rows age out by when they were sent; rows still pending, waiting or failed are kept.
        services.AddRetentionTarget(RetentionKind.DeliveredOutbox, new RetentionTable("outbox", "id", "updated_at", "status = 'sent'"));
        services.AddSingleton<IPersonalData, OutboxPersonalData>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ChannelRateLimiter>();
        services.AddSingleton<OutboxRetryPolicy>();
        services.AddSingleton<OutboxHolds>();
        services.AddSingleton<DeliveredReplies>();
        services.AddSingleton<ParkedReplies>();
        services.AddSingleton<MessageOutbox>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<MessageOutbox>());
        services.AddSingleton<IOutboxRenderer, NoticeRenderer>();
        services.AddSingleton<WaitingDeliveries>();
        services.AddSingleton<FirstSignInMiddleware>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxDeliveries>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<INoticeSubscriptions>(sp => sp.GetRequiredService<SubscriptionStore>());
        return services;
    }
}
