namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>
/// Similar unanswered questions, as the console lists them: the newest wording first, how often and when last
/// asked, in which language, and the entry they came closest to (the default for "add as a sample question").
/// </summary>
public sealed record UnansweredGroup(
    string Sample,
    IReadOnlyList<string> Texts,
    int Count,
    DateTimeOffset LastSeen,
    string Language,
    string Reading,
    string? ClosestEntry,
    IReadOnlyList<long> Ids);

/// <summary>The console's list: the groups, most asked first, and how many open questions it was built from.</summary>
public sealed record UnansweredList(IReadOnlyList<UnansweredGroup> Groups, int Questions);
