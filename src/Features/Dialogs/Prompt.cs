using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// What a step asks. With <see cref="Choices"/> it is a choice prompt (buttons plus a numbered list; "2",
/// the title or a synonym answers it); without, a free-text prompt whose step validates the answer.
/// </summary>
public sealed record Prompt(Localized Text)
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Cards shown with the prompt (e.g. the activities to choose from).</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public static Prompt Ask(Localized text) => new(text);

    public static Prompt Choose(Localized text, IReadOnlyList<Choice> choices) => new(text) { Choices = choices };

    public static Prompt Confirm(Localized text) => Choose(text, [Choice.Yes, Choice.No]);
}
