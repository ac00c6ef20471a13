using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>What happens after a step took an answer.</summary>
public sealed record StepResult
{
    private StepResult(StepResultKind kind, string? step = null, Localized? error = null)
    {
        Kind = kind;
        Step = step;
        Error = error;
    }

    /// <summary>Go on to the next step; after the last step the dialog ends.</summary>
    public static StepResult Next { get; } = new(StepResultKind.Next);

    /// <summary>The dialog is done (the step has said whatever it needed to).</summary>
    public static StepResult End { get; } = new(StepResultKind.End);

    public StepResultKind Kind { get; }

    public string? Step { get; }

    public Localized? Error { get; }

    /// <summary>Continue at a named step (e.g. back to "choose" after "no" at a confirmation).</summary>
    public static StepResult GoTo(string step) => new(StepResultKind.GoTo, step);

    /// <summary>
    /// The answer is not acceptable: nothing may have changed. The member is told <paramref name="error"/>
    /// and asked again, unless the message was really a new question (then it is answered and the prompt follows).
    /// </summary>
    public static StepResult Retry(Localized error) => new(StepResultKind.Retry, error: error);
}

public enum StepResultKind
{
    Next,
    End,
    GoTo,
    Retry,
}
