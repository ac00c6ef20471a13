using EngageBot.Features.Knowledge;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Dialogs;
using EngageBot.Features.SignUps;
using EngageBot.Features.Groups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngageBot.Features.Notices;

/// <summary>
/// The notice machinery itself: stores, firing, audience expansion, subscriptions, and the outbox they write to
/// (<see cref="OutboxServices"/>). The host adds Quartz, jobs, hosting and routes around it; the scheduler tests use it as is.
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
        services.AddSingleton<ReceiptStore>();
        services.AddSingleton<ReceiptReport>();
        services.AddSingleton<GroupReceiptStore>(); // members of groups a receipt-asking notice was posted into
        services.AddSingleton<GroupReceiptRows>();
        services.AddSingleton<GroupReceiptRecipients>();
        services.TryAddSingleton<GroupStore>(); // the groups feature's store, also when the scheduler tests run this core alone
        services.AddSingleton<ReceiptReminders>();
        services.AddSingleton<ReceiptProgress>(); // the group's gathered progress line instead of a reply per confirmation
        services.AddSingleton<ReceiptTotals>();
        services.AddOutboxCore();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<INoticeSubscriptions>(sp => sp.GetRequiredService<SubscriptionStore>());
        return services;
    }
}
