namespace EngageBot.Features.Knowledge;

/// <summary>
/// A message that is an entry's own name or synonym, alone or in a bare question frame (二次报销怎么申请, 问一下挂失,
/// 服务中心电话是啥, "what is legal aid"): the member named the topic in the entry's own words and asked nothing else,
/// so the learned out-of-scope verdicts (Learned/SecondOpinion) do not overrule it, nor does someone else's word found
/// inside the longer own word (<see cref="Outnames"/>). Someone else's word as the whole message (医保, 社保: the
/// state's) still falls back, and so does one no entry lists (意外险, 专利: the insurer's, the patent office's).
/// </summary>
public static class OwnWordAsked
{
    private static readonly string[] Openers =
    [
        "我想问一下", "想问一下", "问一下", "请问一下", "请问", "咨询一下", "我想了解一下", "了解一下",
        "how do i apply for ", "how to apply for ", "what is ", "whats ", "tell me about ",
    ];

    private static readonly string[] Closers = ["怎么申请", "如何申请", "咋申请", "怎么办理", "如何办理", "咋办理", "是什么", "是啥", "有吗", "有没有"];

    /// <summary>Whether the message (as <see cref="KnowledgeIndex.Read"/> gives it) is one of these entries' own words in a bare frame.</summary>
    public static bool Named(string normalized, IEnumerable<ScoredEntry> candidates)
    {
        var word = Bare(normalized);
        return word.Length > 0 && candidates.Any(c => EntryWords.Of(c.Entry).Names.Contains(word));
    }

    /// <summary>
    /// Whether the message is an entry's own word in a bare frame that holds someone else's <paramref name="subject"/>
    /// inside it (服务中心 in 服务中心电话): the longer word is the entry's, as whole-word matching reads it. A subject that
    /// is the whole word (医保 alone) is someone else's word, and it stays so.
    /// </summary>
    public static bool Outnames(string normalized, string subject, IEnumerable<ScoredEntry> candidates)
    {
        var word = Bare(normalized);
        var key = Bare(subject); // a frame word read into the owner (请问服务中心) is no owner
        return word.Length > key.Length && word.Contains(key, StringComparison.Ordinal) && candidates.Any(c => EntryWords.Of(c.Entry).Names.Contains(word));
    }

    /// <summary>The word a message asks, one opener and one closer taken off; spaces out of Chinese (问一下 挂失).</summary>
    private static string Bare(string normalized)
    {
        var text = normalized.TrimEnd('呢', '啊', '呀', ' ');
        if (Array.Find(Openers, text.StartsWith) is { } opener)
        {
            text = text[opener.Length..].TrimStart();
        }

        if (Array.Find(Closers, text.EndsWith) is { } closer)
        {
            text = text[..^closer.Length].TrimEnd();
        }

        return EntryWords.NameKey(text);
    }
}
