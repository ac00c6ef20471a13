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

    /// <summary>Above the answer threshold, a runner-up within this share of the best makes it a close call: ask.</summary>
    public double CloseRatio { get; set; } = 0.92;

    /// <summary>At or above this score the best entry is answered even when a runner-up is close.</summary>
    public double SureThreshold { get; set; } = 0.7;

    /// <summary>At or above this score (and below the answer threshold) the closest entries are offered.</summary>
    public double ClarifyThreshold { get; set; } = 0.22;

    /// <summary>
    /// Below this score an ask-back whose offers all rest on shared characters only (no entry's own word found in the
    /// message) is no guess worth offering: the member gets the honest fallback with a referral instead.
    /// </summary>
    public double GenericClarifyFloor { get; set; } = 0.28;

    /// <summary>How many entries a clarifying reply offers.</summary>
    public int ClarifyCount { get; set; } = 3;
}
