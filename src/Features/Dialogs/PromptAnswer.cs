namespace EngageBot.Features.Dialogs;

/// <summary>The member's answer to a prompt: the text, and for choice prompts the option it picked.</summary>
public sealed record PromptAnswer(string Text, Choice? Choice)
{
    /// <summary>True when the member picked <paramref name="choice"/> (compared by value).</summary>
    public bool Is(Choice choice) => Choice?.Value == choice.Value;
}
