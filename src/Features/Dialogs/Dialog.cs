using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// A dialog as ordered, named steps over typed values (a record of your own, serialised with your
/// source-generated <see cref="JsonTypeInfo{T}"/>). Example:
/// <code>
/// new Dialog&lt;SignUpValues&gt;("signup", 1, new("报名", "sign-up"), MyJson.Default.SignUpValues, () =&gt; new SignUpValues(),
/// [
///     new("activity", (dc, ct) =&gt; ChooseActivityAsync(dc, ct), (dc, answer, ct) =&gt; { dc.Values = dc.Values with { ActivityId = answer.Choice!.Value }; return Task.FromResult(StepResult.Next); }),
///     new("confirm", (dc, ct) =&gt; Task.FromResult(Prompt.Confirm(...)), (dc, answer, ct) =&gt; answer.Choice == Choice.Yes ? ConfirmAsync(dc, ct) : Task.FromResult(StepResult.GoTo("activity"))),
/// ])
/// </code>
/// </summary>
public sealed class Dialog<TValues>(
    string id,
    int version,
    Localized title,
    JsonTypeInfo<TValues> valuesType,
    Func<TValues> defaults,
    IReadOnlyList<DialogStep<TValues>> steps) : IDialog
{
    private readonly DialogStep<TValues>[] _steps = steps.Count > 0 ? [.. steps] : throw new ArgumentException("A dialog needs at least one step.", nameof(steps));

    public string Id { get; } = id;

    public int Version { get; } = version;

    public Localized Title { get; } = title;

    public string FirstStep => _steps[0].Name;

    public bool HasStep(string step) => Array.Exists(_steps, s => s.Name == step);

    public string? NextStep(string step)
    {
        var index = Array.FindIndex(_steps, s => s.Name == step);
        return index >= 0 && index + 1 < _steps.Length ? _steps[index + 1].Name : null;
    }

    public JsonElement InitialValues(JsonElement? supplied) => supplied ?? Serialize(defaults());

    /// <summary>Values for starting this dialog with something already known (e.g. the activity the member tapped).</summary>
    public JsonElement Serialize(TValues values) => JsonSerializer.SerializeToElement(values, valuesType);

    public Task<Prompt> PromptAsync(TurnContext turn, DialogFrame frame, CancellationToken cancellationToken) =>
        Step(frame).PromptAsync(new DialogContext<TValues>(turn, Read(frame)), cancellationToken);

    public async Task<(StepResult Result, JsonElement Values)> AnswerAsync(TurnContext turn, DialogFrame frame, PromptAnswer answer, CancellationToken cancellationToken)
    {
        var context = new DialogContext<TValues>(turn, Read(frame));
        var result = await Step(frame).OnAnswerAsync(context, answer, cancellationToken);
        return (result, Serialize(context.Values));
    }

    private DialogStep<TValues> Step(DialogFrame frame) => Array.Find(_steps, s => s.Name == frame.Step)
        ?? throw new InvalidOperationException($"Dialog '{Id}' has no step '{frame.Step}'.");

    /// <summary>Saved values that no longer read (renamed fields of another build) start from the defaults.</summary>
    private TValues Read(DialogFrame frame)
    {
        try
        {
            return frame.Values.ValueKind == JsonValueKind.Object ? frame.Values.Deserialize(valuesType) ?? defaults() : defaults();
        }
        catch (JsonException)
        {
            return defaults();
        }
    }
}
