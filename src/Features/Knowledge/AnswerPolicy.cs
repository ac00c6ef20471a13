namespace EngageBot.Features.Knowledge;

/// <summary>
/// Answer or ask: answer when one topic clearly leads (a high score not matched by a runner-up, or a fair score
/// well ahead of it), ask which one only when two are close, and say "I don't know" when nothing is near.
/// </summary>
public static class AnswerPolicy
{
    /// <summary>Up to this many characters a message is a terse query (a topic word typed alone), never "generic".</summary>
    public const int TerseQuery = 4;

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

    /// <summary>
    /// True when asking back would offer only generic guesses: every offer matched by shared characters alone (no
    /// word of its own, no sibling cue) and the best under <see cref="RecognizerOptions.GenericClarifyFloor"/>. A
    /// question no topic covers ("心理学专业就业前景怎么样") is better told so, with a referral, than asked "did you mean".
    /// </summary>
    /// <remarks>A terse query of a word or two ("保障") is a topic word typed alone: asking which topic is right there.</remarks>
    public static bool OnlyGeneric(IReadOnlyList<ScoredEntry> candidates, RecognizerOptions settings) =>
        candidates.Count > 0 && candidates[0].Score < settings.GenericClarifyFloor
        && Close(candidates, settings).All(c => c.Evidence == 0 && c.Cues == 0);

    /// <summary>The entries worth offering when none leads: those close to the best.</summary>
    public static IReadOnlyList<ScoredEntry> Close(IReadOnlyList<ScoredEntry> candidates, RecognizerOptions settings) =>
        [.. candidates.Where(c => c.Score >= settings.ClarifyThreshold * 0.8).Take(settings.ClarifyCount)];
}
