using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge;

/// <summary>Checked at start-up: scores and ratios are shares (0 to 1), and the thresholds keep their order.</summary>
public sealed class RecognizerOptionsValidator : IValidateOptions<RecognizerOptions>
{
    public ValidateOptionsResult Validate(string? name, RecognizerOptions o) => new OptionsFailures()
        .Check(Share(o.AnswerThreshold) && Share(o.MarginThreshold) && Share(o.SureThreshold) && Share(o.ClarifyThreshold),
            "Recognizer:AnswerThreshold, MarginThreshold, SureThreshold and ClarifyThreshold must be between 0 and 1.")
        .Check(Share(o.MarginRatio) && Share(o.CloseRatio), "Recognizer:MarginRatio and CloseRatio must be between 0 and 1.")
        .Check(Share(o.GenericClarifyFloor), "Recognizer:GenericClarifyFloor must be between 0 and 1.")
        .Check(o.ClarifyThreshold <= o.MarginThreshold && o.MarginThreshold <= o.AnswerThreshold && o.AnswerThreshold <= o.SureThreshold,
            "Recognizer thresholds must keep their order: ClarifyThreshold ≤ MarginThreshold ≤ AnswerThreshold ≤ SureThreshold.")
        .Check(o.ClarifyCount is >= 1 and <= 10, "Recognizer:ClarifyCount must be between 1 and 10.")
        .Result;

    private static bool Share(double value) => value is >= 0 and <= 1;
}
