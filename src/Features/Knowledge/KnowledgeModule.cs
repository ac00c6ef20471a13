using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge;

/// <summary>Knowledge and recognition: the knowledge base, the intent recognizer, its routes and the staff editor.</summary>
public static class KnowledgeModule
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<RecognizerOptions>().BindConfiguration("Recognizer").ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecognizerOptions>, RecognizerOptionsValidator>();

        // Knowledge ships with the build; staff editing later swaps it through IKnowledgeBase.Replace.
        services.AddSingleton<IKnowledgeBase>(_ => KnowledgeBase.FromShippedContent());
        services.AddSingleton<IIntentRecognizer, IntentRecognizer>();
        services.AddSingleton<TurnRecognizer>();

        services.AddSingleton<AssistantRoute>();
        services.AddSingleton<KnowledgeRoute>();

        services.AddSingleton<KnowledgeEditStore>();
        services.AddSingleton<KnowledgeEditor>();
        services.AddHostedService<KnowledgeEditsLoader>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder app) => app.MapKnowledgeAdminApi();
}
