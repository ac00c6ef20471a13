using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Polls;
using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.CheckIn;

namespace EngageBot.Bot;

/// <summary>
/// The whole path of a message, in order. The channel adapter runs <see cref="Middleware"/> around the bot,
/// outermost first; the bot tries <see cref="BeforeDialogs"/>, then the member's running dialog, then
/// <see cref="AfterDialogs"/>; replies and proactive sends leave through the first of <see cref="Senders"/>
/// that handles the conversation. The features register these types; this list alone decides their order.
/// </summary>
public static class BotPipeline
{
    private static readonly Type[] Middleware =
    [
        typeof(DedupMiddleware),        // a redelivered activity stops here
        typeof(TranscriptMiddleware),   // records the member's message and the replies
        typeof(GroupMentionMiddleware), // strips the bot's @mention, so the language is judged on the text alone
        typeof(LocaleMiddleware),
        typeof(TypingMiddleware),
        typeof(FirstSignInMiddleware), // a member's first 1:1 chat releases the notices held for them
    ];

    // Staff relaying to a member come before any dialog the staff member is in.
    // The check-in code the bot just asked for comes before the form or sign-up it may have interrupted.
    private static readonly Type[] BeforeDialogs = [typeof(HandoffRelayRoute), typeof(CheckInCodeRoute)];

    private static readonly Type[] AfterDialogs =
    [
        typeof(ChainRoute),         // 接龙 replies in groups
        typeof(NoticeRoute),        // 群公告 commands in groups
        typeof(NoticeCommandRoute), // staff "/notice"
        typeof(ReceiptRoute),       // 确认收到: a notice's confirm button, or "收到" when there is one to confirm
        typeof(PollRoute),          // 投票: a vote button, or a typed vote when a poll is open for the member
        typeof(SignUpRoute),
        typeof(IBotRoute),          // here: routes registered as IBotRoute by tests and benchmarks
        typeof(AssistantRoute),     // menu, help, hand-off
        typeof(ActivityListingRoute),
        typeof(KnowledgeRoute),     // the knowledge base answers last
    ];

    // Direct Line conversations (urn: serviceUrl) are never claimed by the Connector; other senders come last.
    private static readonly Type[] Senders = [typeof(DirectLineSender), typeof(ConnectorSender), typeof(IActivitySender)];

    public static IServiceCollection AddBotPipeline(this IServiceCollection services)
    {
        services.AddSingleton(sp => new BotRoutes(Resolve<IBotRoute>(sp, BeforeDialogs), Resolve<IBotRoute>(sp, AfterDialogs)));
        services.AddSingleton<IBot, UnionBot>();
        services.AddSingleton(sp => new MiddlewarePipeline(Resolve<ITurnMiddleware>(sp, Middleware), sp.GetRequiredService<IBot>()));
        services.AddSingleton(sp => new OutboundRouter(Resolve<IActivitySender>(sp, Senders)));
        return services;
    }

    // A listed interface stands for whatever else is registered as it.
    private static TService[] Resolve<TService>(IServiceProvider services, Type[] types)
        where TService : class =>
        [.. types.SelectMany(type => type == typeof(TService)
            ? services.GetServices<TService>()
            : [(TService)services.GetRequiredService(type)])];
}
