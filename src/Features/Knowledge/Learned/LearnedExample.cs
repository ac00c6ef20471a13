namespace EngageBot.Features.Knowledge.Learned;

/// <summary>What a labelled member phrasing asked for: an entry's answer, the honest fallback, or a command (never answered by the model).</summary>
public enum ExampleKind
{
    Entry,
    OutOfScope,
    Command,
}

/// <summary>One labelled member phrasing (examples.tsv): the text and what the right answer is.</summary>
public sealed record LearnedExample(string Text, ExampleKind Kind, string? EntryId = null)
{
    /// <summary>Labelled by staff in the console (learned_examples), not shipped: its very words are taken at their word.</summary>
    public bool Taught { get; init; }

    private const string NoneLabel = "none";
    private const string CommandLabel = "command";

    /// <summary>A line of examples.tsv (<c>text&lt;TAB&gt;label</c>, label an entry id, <c>none</c> or <c>command</c>); null for a comment or a blank line.</summary>
    public static LearnedExample? Parse(string line)
    {
        if (line.Length == 0 || line.StartsWith('#') || line.Split('\t') is not [var text, var label])
        {
            return null;
        }

        return Of(text, label);
    }

    /// <summary>A phrasing and its label as examples.tsv writes it.</summary>
    public static LearnedExample Of(string text, string label) => label switch
    {
        NoneLabel => new LearnedExample(text, ExampleKind.OutOfScope),
        CommandLabel => new LearnedExample(text, ExampleKind.Command),
        _ => new LearnedExample(text, ExampleKind.Entry, label),
    };

    /// <summary>The label as examples.tsv writes it.</summary>
    public string Label => Kind switch
    {
        ExampleKind.OutOfScope => NoneLabel,
        ExampleKind.Command => CommandLabel,
        _ => EntryId ?? string.Empty,
    };
}
