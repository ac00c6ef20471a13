using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Recognition thresholds (<c>Recognizer:…</c>), tuned on the labelled evaluation set.</summary>
public sealed class RecognizerOptions
{
    /// <summary>At or above this score the best entry is answered directly.</summary>
    public double AnswerThreshold { get; set; } = 0.45;

    /// <summary>
    /// Between this and the answer threshold, a best entry that is clearly ahead of the next (see
    /// <see cref="MarginRatio"/>) is still answered.
    /// </summary>
    public double MarginThreshold { get; set; } = 0.28;

    /// <summary>The runner-up must score at most this share of the best for a margin answer.</summary>
    public double MarginRatio { get; set; } = 0.65;

    /// <summary>At or above this score (and below the answer threshold) the closest entries are offered.</summary>
    public double ClarifyThreshold { get; set; } = 0.22;

    /// <summary>How many entries a clarifying reply offers.</summary>
    public int ClarifyCount { get; set; } = 3;
}
