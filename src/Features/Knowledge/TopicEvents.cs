namespace EngageBot.Features.Knowledge;

/// <summary>
/// "有没有相亲的活动", "有没有交友活动": activities of one kind that a topic runs (singles socials, competitions,
/// screenings) are asked about by that topic's own word; its answer tells them and how to join, where the listing of
/// everything on would not.
/// </summary>
internal static class TopicEvents
{
    /// <summary>Whether the activities asked about are named by a topic's own word, the topic leading.</summary>
    public static bool Named(ScoredEntry? confident, ScoredEntry? top) =>
        confident is { Entry.Kind: KnowledgeKind.Topic, Evidence: > 0 } && confident == top && !Overviews.Contains(confident.Entry.Id);
}
