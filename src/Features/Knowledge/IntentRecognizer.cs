using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Rules first (commands, small talk, sign-up phrases, "what's on this weekend"), then TF-IDF retrieval over
/// the knowledge base. Below <see cref="RecognizerOptions.AnswerThreshold"/> it does not guess: it returns
/// <see cref="Intent.Clarify"/> with the closest entries, or <see cref="Intent.None"/> for out-of-scope talk.
/// </summary>
public sealed class IntentRecognizer(IKnowledgeBase knowledge, TimeProvider clock, IOptions<RecognizerOptions> options) : IIntentRecognizer
{
    /// <summary>Beijing keeps UTC+8 all year.</summary>
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public RecognizedIntent Recognize(string text)
    {
        var settings = options.Value;
        var normalized = TextNormalizer.Normalize(text);
        var candidates = knowledge.Current.Index.Search(normalized, Math.Max(settings.ClarifyCount, 3));
        var top = candidates.Count > 0 ? candidates[0] : null;
        var outOfScope = IntentRules.IsOutOfScope(normalized);
        var confident = IsConfident(candidates, settings, outOfScope) ? top : null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(BeijingOffset).DateTime);
        var when = TimeExpressionParser.Parse(normalized, today);

        if (IntentRules.Match(text, normalized) is { } rule)
        {
            return new RecognizedIntent(rule, confident, candidates, when);
        }

        if (when is not null && (IntentRules.AsksWhatIsOn(normalized) || confident?.Entry.Kind == KnowledgeKind.Club || confident?.Entry.Id == "activities"))
        {
            return new RecognizedIntent(Intent.Activities, confident, candidates, when);
        }

        if (confident is not null)
        {
            var intent = confident.Entry.Id == "activities" ? Intent.Activities
                : confident.Entry.Kind == KnowledgeKind.Club ? Intent.Club
                : Intent.Faq;
            return new RecognizedIntent(intent, confident, candidates, when);
        }

        if (top is null || top.Score < settings.ClarifyThreshold || outOfScope)
        {
            return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = outOfScope };
        }

        var close = candidates.Where(c => c.Score >= settings.ClarifyThreshold * 0.8).Take(settings.ClarifyCount).ToList();
        return new RecognizedIntent(Intent.Clarify, null, close, when);
    }

    /// <summary>A clear score, or a fair one well ahead of the runner-up in a message that is not plainly off-topic.</summary>
    private static bool IsConfident(IReadOnlyList<ScoredEntry> candidates, RecognizerOptions settings, bool outOfScope)
    {
        if (candidates.Count == 0)
        {
            return false;
        }

        var top = candidates[0].Score;
        var second = candidates.Count > 1 ? candidates[1].Score : 0;
        return top >= settings.AnswerThreshold
            || (!outOfScope && top >= settings.MarginThreshold && second <= top * settings.MarginRatio);
    }
}
