namespace EngageBot.Features.Dialogs;

/// <summary>
/// One step of a dialog: the prompt it shows, and what it does with the answer. <see cref="Name"/> is
/// stored in conversation state, so keep names stable (or bump the dialog's version).
/// </summary>
public sealed record DialogStep<TValues>(
    string Name,
    Func<DialogContext<TValues>, CancellationToken, Task<Prompt>> PromptAsync,
    Func<DialogContext<TValues>, PromptAnswer, CancellationToken, Task<StepResult>> OnAnswerAsync);
