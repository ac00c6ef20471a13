using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>A knowledge entry with how well a question matched it (a cosine plus a synonym bonus, so it may pass 1; higher is better).</summary>
public sealed record ScoredEntry(KnowledgeEntry Entry, double Score)
{
    /// <summary>
    /// Characters of the longest synonym of the entry found in the question as a whole word (0 when the score comes
    /// from n-grams only): how specific the evidence for this entry is.
    /// </summary>
    public int Evidence { get; init; }

    /// <summary>
    /// How many words in the question belong to this entry alone: its own synonyms shared with no other entry and its
    /// sibling cues (<see cref="SiblingTopics"/>). The words that tell 补办会员卡 from 办会员卡.
    /// </summary>
    public int Cues { get; init; }
}
