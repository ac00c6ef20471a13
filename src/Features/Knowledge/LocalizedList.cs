using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Phrases in both languages (sample questions, synonyms).</summary>
public sealed record LocalizedList(IReadOnlyList<string> Zh, IReadOnlyList<string> En)
{
    public static readonly LocalizedList Empty = new([], []);

    public IEnumerable<string> All => Zh.Concat(En);
}
