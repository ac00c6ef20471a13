namespace EngageBot.Features.Tests.Eval;

/// <summary>One line of tests/Eval/*.tsv: what a member wrote, the right answer and the line's kind tags.</summary>
public sealed record EvalLine(string Utterance, string Label, IReadOnlyList<string> Tags)
{
    public bool IsNone => Label == "none";

    public bool IsNoAct => Label.StartsWith("noact:", StringComparison.Ordinal);

    /// <summary>The main question of a two-question line ("faq:a|faq:b" → "faq:a"), else the label.</summary>
    public string Main => Label.Split('|')[0];

    public string? Second => Label.Split('|') is [_, var second] ? second : null;

    public static IReadOnlyList<EvalLine> Load(string file) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Eval", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new EvalLine(parts[0], parts[1], parts.Length > 2 ? parts[2].Split(',') : []))];
}
