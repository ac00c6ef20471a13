namespace EngageBot.Features.Knowledge;

/// <summary>
/// Answer or ask: answer when one topic clearly leads (a high score not matched by a runner-up, or a fair score
/// well ahead of it), ask which one only when two are close, and say "I don't know" when nothing is near.
/// </summary>
public static class AnswerPolicy
{
    /// <summary>The entry to answer with, or null when the candidates do not single one out.</summary>
    public static ScoredEntry? Leader(IReadOnlyList<ScoredEntry> candidates, RecognizerOptions settings, bool outOfScope)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var top = candidates[0].Score;
        var second = candidates.Count > 1 ? candidates[1].Score : 0;
        var clear = top >= settings.AnswerThreshold && (second < top * settings.CloseRatio || top >= settings.SureThreshold);
        var ahead = !outOfScope && top >= settings.MarginThreshold && second <= top * settings.MarginRatio;
        return clear || ahead ? candidates[0] : null;
    }

    /// <summary>The entries worth offering when none leads: those close to the best.</summary>
    public static IReadOnlyList<ScoredEntry> Close(IReadOnlyList<ScoredEntry> candidates, RecognizerOptions settings) =>
        [.. candidates.Where(c => c.Score >= settings.ClarifyThreshold * 0.8).Take(settings.ClarifyCount)];
}
