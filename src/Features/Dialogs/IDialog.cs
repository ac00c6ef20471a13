using System.Text.Json;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// A multi-turn dialog the <see cref="DialogEngine"/> can run. Build one with <see cref="Dialog{TValues}"/>
/// and register it as a singleton <see cref="IDialog"/>; the engine finds it by <see cref="Id"/>.
/// </summary>
public interface IDialog
{
    /// <summary>Stable id, stored in conversation state ("signup").</summary>
    string Id { get; }

    /// <summary>Bump when steps or values change shape: flows saved under another version restart at the top.</summary>
    int Version { get; }

    /// <summary>How the dialog is named to the member ("报名" / "sign-up").</summary>
    Localized Title { get; }

    string FirstStep { get; }

    bool HasStep(string step);

    /// <summary>Values for a new run: <paramref name="supplied"/> when given, else the dialog's defaults.</summary>
    JsonElement InitialValues(JsonElement? supplied);

    Task<Prompt> PromptAsync(TurnContext turn, DialogFrame frame, CancellationToken cancellationToken);

    /// <summary>Runs the step's answer handler; returns its result and the values to save.</summary>
    Task<(StepResult Result, JsonElement Values)> AnswerAsync(TurnContext turn, DialogFrame frame, PromptAnswer answer, CancellationToken cancellationToken);

    /// <summary>The step after <paramref name="step"/>, or null when it was the last.</summary>
    string? NextStep(string step);
}
