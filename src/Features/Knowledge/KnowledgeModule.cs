using EngageBot.Features.Knowledge.Editing;
using EngageBot.Features.Knowledge.Learned;
using EngageBot.Features.Knowledge.Unanswered;
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
        services.AddOptions<RecognitionCacheOptions>().BindConfiguration("RecognitionCache");
        services.AddSingleton<RecognitionCache>();
        services.AddSingleton<TurnRecognizer>();
        services.AddSingleton<AnswerBeside>();

        services.AddSingleton<AssistantRoute>();
        services.AddSingleton<KnowledgeRoute>();

        services.AddSingleton<KnowledgeEditStore>();
        services.AddSingleton<KnowledgeEditor>();
        services.AddHostedService<KnowledgeEditsLoader>();
        services.AddSingleton<KnowledgeEntryStore>();
        services.AddSingleton<TaughtExampleStore>();
        services.AddSingleton<ExampleTeacher>();
        services.AddSingleton<KnowledgeEvaluation>();

        // Questions the bot could not answer, for staff to learn from (masked, no member id, purged by retention).
        services.AddSingleton<UnansweredStore>();
        services.AddSingleton<UnansweredRecorder>();
        services.AddHostedService<UnansweredWriter>();
        services.AddUnansweredQuestionsRetention();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder app) =>
        app.MapKnowledgeAdminApi().MapKnowledgeEntriesApi().MapUnansweredApi();
}
