namespace EngageBot.Features.Knowledge;

/// <summary>
/// "做了个阑尾手术出院了找工会报销要啥材料", "出了车祸 工会能给点慰问不": a life event (an operation, an accident, a child starting
/// school) told as the occasion of a question put to the union is not what is asked; asked of no one (阑尾手术哪个医院好,
/// 孩子上小学怎么报名) it stays the subject, someone else's matter.
/// </summary>
public static class EventOccasion
{
    /// <summary>Out-of-scope subjects that are a life event rather than a service (<see cref="OutOfScopeDetector"/>).</summary>
    private static readonly string[] Occasions = ["手术", "车祸", "小学", "幼儿园", "初中", "高考", "中考", "surgery"];

    /// <summary>Where or which to go for the event itself (哪个医院好, 哪家靠谱): the errand is still what is asked.</summary>
    private static readonly string[] Errand = ["哪个医院", "哪家医院", "哪家好", "哪个好", "哪家靠谱", "去哪做", "which hospital"];

    /// <summary>
    /// Whether <paramref name="subject"/> is a life event told to the union as the occasion of its question: the union
    /// named, no errand for the event itself, and either a word of the leader's own (报销, 出院了) or a gift asked at
    /// the event (<see cref="EventGifts.Asked"/>).
    /// </summary>
    public static bool Told(string subject, string normalized, ScoredEntry leader) =>
        Occasions.Contains(subject, StringComparer.Ordinal) && Phrases.Contains(normalized, OutOfScopeDetector.UnionNamed) && !Phrases.Contains(normalized, Errand)
        && (leader.Evidence > 0 || EventGifts.Asked(normalized));
}
