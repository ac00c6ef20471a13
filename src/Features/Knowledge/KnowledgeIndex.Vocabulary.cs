namespace EngageBot.Features.Knowledge;

/// <summary>The words the index teaches the segmenter and the corrector, taken from the entries.</summary>
public sealed partial class KnowledgeIndex
{
    /// <summary>The Chinese terms of the entries: synonyms and the Chinese runs of titles.</summary>
    private static List<string> Terms(IReadOnlyList<KnowledgeEntry> entries) =>
        [.. entries.SelectMany(e => e.Synonyms.Zh.Concat(HanRuns(e.Title.Zh)))
            .Select(TextNormalizer.Normalize)
            .Where(t => t.Length > 1 && t.All(TextNormalizer.IsHan))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The words of the entries' Chinese sample questions (办理, 报销, 申请…), so a slip in one is forgiven too.</summary>
    private IEnumerable<string> QuestionWords(IReadOnlyList<KnowledgeEntry> entries) =>
        entries.SelectMany(e => e.Questions.Zh)
            .SelectMany(q => Segmenter.Cut(TextNormalizer.Normalize(q)))
            .Where(t => t.Length is >= 2 and <= 4 && t.All(TextNormalizer.IsHan));

    /// <summary>
    /// A title's Chinese runs, except those holding a question word: "怎么申请给付" as one user word would hide 申请给付
    /// and 给付 from whole-word matching in every question that says it.
    /// </summary>
    private static IEnumerable<string> HanRuns(string text) =>
        string.Concat(text.Select(c => TextNormalizer.IsHan(c) ? c : ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(run => !TitleQuestionWords.Any(w => run.Contains(w, StringComparison.Ordinal)));

    /// <summary>The features of an entry's text, cut with this index's words.</summary>
    private Dictionary<string, float> Features(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return TextFeatures.Extract(normalized, Segmenter.Cut(normalized));
    }
}
