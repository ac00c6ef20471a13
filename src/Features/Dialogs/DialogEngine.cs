using System.Text.Json;
using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// Runs multi-turn dialogs. Each member of a conversation has at most one running dialog, kept in
/// conversation state as a <see cref="DialogFrame"/>. How features use it:
/// <list type="bullet">
/// <item>Register a dialog: <c>services.AddSingleton&lt;IDialog&gt;(new Dialog&lt;MyValues&gt;(…))</c>.</item>
/// <item>Start it from a route: <c>await engine.BeginAsync(context, "signup", values, ct)</c> (shows the first prompt).</item>
/// <item><see cref="UnionBot"/> calls <see cref="ContinueAsync"/> on every message: the step gets the answer; "取消/算了/cancel"
/// leaves; help or a new question is answered by the routes and then <see cref="ResumeAsync"/> shows the prompt again;
/// a flow idle longer than <see cref="DialogOptions.FlowTimeout"/> ends; a flow saved by an older build whose dialog or
/// version is gone restarts politely at the top.</item>
/// </list>
/// </summary>
public sealed class DialogEngine
{
    private readonly Dictionary<string, IDialog> _dialogs;
    private readonly TurnRecognizer _recognizer;
    private readonly TimeProvider _clock;
    private readonly IOptions<DialogOptions> _options;

    public DialogEngine(IEnumerable<IDialog> dialogs, TurnRecognizer recognizer, TimeProvider clock, IOptions<DialogOptions> options)
    {
        _dialogs = [];
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs are registered with the id '{dialog.Id}'.");
            }
        }

        _recognizer = recognizer;
        _clock = clock;
        _options = options;
    }

    /// <summary>The id of the member's running dialog, or null.</summary>
    public static string? ActiveDialogId(TurnContext context) => DialogFrames.Get(context)?.DialogId;

    /// <summary>Starts <paramref name="dialogId"/> for the member (replacing any running dialog) and shows its first prompt.</summary>
    public Task BeginAsync(TurnContext context, string dialogId, JsonElement? values, CancellationToken cancellationToken)
    {
        var dialog = _dialogs.GetValueOrDefault(dialogId) ?? throw new InvalidOperationException($"No dialog is registered with the id '{dialogId}'.");
        var now = Now();
        var frame = new DialogFrame
        {
            DialogId = dialog.Id,
            Version = dialog.Version,
            Step = dialog.FirstStep,
            Values = dialog.InitialValues(values),
            StartedAt = now,
            LastActiveAt = now,
        };
        return PromptAsync(context, dialog, frame, prefix: null, cancellationToken);
    }

    /// <summary>Ends the member's running dialog without a word (e.g. when the conversation is handed to staff).</summary>
    public static void End(TurnContext context) => DialogFrames.Save(context, null);

    public async Task<DialogOutcome> ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (DialogFrames.Get(context) is not { } frame)
        {
            return DialogOutcome.NoDialog;
        }

        var dialog = _dialogs.GetValueOrDefault(frame.DialogId);
        if (Now() - frame.LastActiveAt > (long)_options.Value.FlowTimeout.TotalMilliseconds)
        {
            DialogFrames.Save(context, null);
            context.Reply(DialogTexts.Expired(dialog?.Title ?? new("对话", "conversation")));
            return DialogOutcome.NoDialog;
        }

        if (dialog is null)
        {
            DialogFrames.Save(context, null);
            context.Reply(DialogTexts.Gone);
            return DialogOutcome.NoDialog;
        }

        if (dialog.Version != frame.Version || !dialog.HasStep(frame.Step))
        {
            context.Reply(DialogTexts.Restarted(dialog.Title));
            await BeginAsync(context, dialog.Id, null, cancellationToken);
            return DialogOutcome.Handled;
        }

        return await AnswerAsync(context, dialog, frame, cancellationToken);
    }

    /// <summary>After an interruption was answered: shows the running dialog's prompt again.</summary>
    public async Task ResumeAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (DialogFrames.Get(context) is { } frame && _dialogs.GetValueOrDefault(frame.DialogId) is { } dialog)
        {
            await PromptAsync(context, dialog, frame, DialogTexts.Resume(dialog.Title), cancellationToken);
        }
    }

    private async Task<DialogOutcome> AnswerAsync(TurnContext context, IDialog dialog, DialogFrame frame, CancellationToken cancellationToken)
    {
        var recognized = _recognizer.Recognize(context);
        if (Stops(recognized, context, dialog))
        {
            DialogFrames.Save(context, null);
            context.Reply(DialogTexts.Cancelled(dialog.Title));
            return DialogOutcome.Handled;
        }

        if (recognized.Intent is Intent.Help or Intent.Handoff)
        {
            return DialogOutcome.Interrupted;
        }

        // A button's value with no text (a sign-up postBack) is a new action, not an answer: the routes take it.
        if (string.IsNullOrWhiteSpace(context.Text) && context.Activity.Value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) })
        {
            return DialogOutcome.Interrupted;
        }

        OfferedChoice? picked = null;
        if (frame.Offered.Count > 0 && (picked = ChoiceMatcher.Match(context.Text, frame.Offered)) is null)
        {
            return await MissAsync(context, dialog, frame, recognized, DialogTexts.NotAChoice, cancellationToken);
        }

        var choice = picked is null ? null : new Choice(picked.Value, new(picked.Zh, picked.En), picked.Synonyms);
        var (result, values) = await dialog.AnswerAsync(context, frame, new PromptAnswer(context.Text, choice), cancellationToken);
        var next = result.Kind switch
        {
            StepResultKind.Retry => null,
            StepResultKind.End => null,
            StepResultKind.GoTo when dialog.HasStep(result.Step!) => result.Step,
            StepResultKind.GoTo => throw new InvalidOperationException($"Dialog '{dialog.Id}' has no step '{result.Step}'."),
            _ => dialog.NextStep(frame.Step),
        };

        if (result.Kind == StepResultKind.Retry)
        {
            return await MissAsync(context, dialog, frame, recognized, result.Error!, cancellationToken);
        }

        if (next is null)
        {
            DialogFrames.Save(context, null);
            return DialogOutcome.Handled;
        }

        await PromptAsync(context, dialog, frame with { Step = next, Values = values, Misses = 0 }, prefix: null, cancellationToken);
        return DialogOutcome.Handled;
    }

    /// <summary>
    /// Only an explicit cancel leaves a dialog: a cancel command ("取消", "算了", "不想填了", "cancel") or the sign-up
    /// called off ("取消报名", "不报了", "stop the sign-up"). A cancel that is also an answer ("skip", "no thanks") goes
    /// to the step first: an optional field takes "skip", a required one says what to type. A button's press is its own action.
    /// </summary>
    private static bool Stops(RecognizedIntent recognized, TurnContext context, IDialog dialog) => recognized switch
    {
        { Intent: Intent.Cancel } => !ShortReplies.AnswersAPrompt(TextNormalizer.Normalize(context.Text ?? string.Empty)),
        { Intent: Intent.CancelSignUp } or { Intent: Intent.Declined, Action.Action: MemberAction.SignUp } =>
            context.Activity.Value is not { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) },
        _ => CallsOff(TextNormalizer.Normalize(context.Text ?? string.Empty), dialog.Title),
    };

    /// <summary>A cancel beside the dialog's name ("stop the sign-up", "退出报名", "报名不弄了"): the name taken out, a cancel is left.</summary>
    private static bool CallsOff(string normalized, Core.Turns.Localized title)
    {
        foreach (var name in (string[])[TextNormalizer.Normalize(title.Zh), TextNormalizer.Normalize(title.En)])
        {
            if (name.Length > 0 && normalized.Contains(name, StringComparison.Ordinal)
                && ShortReplies.Cancel(normalized.Replace(name, " ", StringComparison.Ordinal).Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An answer the step cannot use: a real question is an interruption; anything else (a "skip" it refused, too) is asked again.</summary>
    private async Task<DialogOutcome> MissAsync(TurnContext context, IDialog dialog, DialogFrame frame, RecognizedIntent recognized, Core.Turns.Localized error, CancellationToken cancellationToken)
    {
        if (recognized.Intent is not (Intent.None or Intent.Clarify or Intent.Cancel))
        {
            return DialogOutcome.Interrupted;
        }

        await PromptAsync(context, dialog, frame with { Misses = frame.Misses + 1 }, error, cancellationToken);
        return DialogOutcome.Handled;
    }

    private async Task PromptAsync(TurnContext context, IDialog dialog, DialogFrame frame, Core.Turns.Localized? prefix, CancellationToken cancellationToken)
    {
        var prompt = await dialog.PromptAsync(context, frame, cancellationToken);
        context.Reply(PromptRenderer.Render(context, prompt, prefix, withCancelHint: frame.Misses > 0));
        DialogFrames.Save(context, frame with
        {
            Offered = [.. prompt.Choices.Select(c => new OfferedChoice(c.Value, c.Title.Zh, c.Title.En, c.Synonyms))],
            LastActiveAt = Now(),
        });
    }

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();
}
