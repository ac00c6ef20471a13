using EngageBot.Core.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>How long unanswered questions are kept: the nightly retention job deletes them by age (<c>Retention:UnansweredQuestions</c>).</summary>
public static class UnansweredRetention
{
    public static IServiceCollection AddUnansweredQuestionsRetention(this IServiceCollection services) =>
        services.AddRetentionTarget(RetentionKind.UnansweredQuestions, new RetentionTable("unanswered_questions", "id", "at") { SqliteOrder = "id" });
}
