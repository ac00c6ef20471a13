using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Handoff;
using EngageBot.Features.Members;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngageBot.Features.Knowledge;

/// <summary>Knowledge, recognition, the dialog engine, hand-off to staff and the conversation routes.</summary>
public static class ConversationServices
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<RecognizerOptions>().BindConfiguration("Recognizer");
        services.AddOptions<DialogOptions>().BindConfiguration("Dialogs");

        // Knowledge ships with the build; staff editing later swaps it through IKnowledgeBase.Replace.
        services.AddSingleton<IKnowledgeBase>(_ => KnowledgeBase.FromShippedContent());
        services.AddSingleton<IIntentRecognizer, IntentRecognizer>();
        services.AddSingleton<TurnRecognizer>();
        services.AddSingleton<DialogEngine>();
        services.AddSingleton<HandoffStore>();
        services.AddSingleton<HandoffService>();

        // The sign-ups feature registers the real directory; until then activity listings are empty.
        services.TryAddSingleton<IActivityDirectory, EmptyActivityDirectory>();

        services.AddSingleton<IBotRoute, HandoffRelayRoute>();
        services.AddSingleton<IBotRoute, AssistantRoute>();
        services.AddSingleton<IBotRoute, ActivityListingRoute>();
        services.AddSingleton<IBotRoute, KnowledgeRoute>();
        return services;
    }
}
