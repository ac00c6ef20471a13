namespace EngageBot.Features.Polls;

/// <summary>
/// A stored poll: its question, numbered options (1-based), single or multiple choice (at most <see cref="MaxChoices"/>),
/// anonymous or named, and where it went: into a group (<see cref="GroupId"/>) or to an audience as a notice (<see cref="NoticeId"/>).
/// </summary>
public sealed record Poll(
    string Id,
    string Question,
    string? QuestionEn,
    IReadOnlyList<string> Options,
    bool Multiple,
    int MaxChoices,
    bool Anonymous,
    string? GroupId,
    string? NoticeId,
    DateTimeOffset ClosesAt,
    DateTimeOffset CreatedAt,
    string? CreatedBy)
{
    /// <summary>The per-poll salt of anonymous voter keys (never shown).</summary>
    public string Salt { get; init; } = string.Empty;

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>"deadline" when the close job closed it, else the staff member who closed it early.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>Open to votes at <paramref name="now"/>: not closed and before the deadline.</summary>
    public bool IsOpen(DateTimeOffset now) => ClosedAt is null && now < ClosesAt;
}

/// <summary>One voter's ballot: the option numbers they chose. <see cref="VoterName"/> is null on anonymous polls.</summary>
public sealed record Ballot(string VoterKey, string? VoterName, IReadOnlyList<int> Choices, DateTimeOffset VotedAt);

/// <summary>The counts of a poll: per option (index 0 is option 1) and how many voted.</summary>
public sealed record PollTally(IReadOnlyList<int> Counts, int Voters)
{
    public static PollTally Of(Poll poll, IReadOnlyList<Ballot> ballots)
    {
        var counts = new int[poll.Options.Count];
        foreach (var choice in ballots.SelectMany(b => b.Choices).Where(c => c >= 1 && c <= counts.Length))
        {
            counts[choice - 1]++;
        }

        return new PollTally(counts, ballots.Count);
    }
}

/// <summary>What became of a vote.</summary>
public enum VoteOutcome
{
    /// <summary>The member's first ballot on this poll.</summary>
    Recorded,

    /// <summary>The member's ballot replaced their earlier one.</summary>
    Changed,

    /// <summary>The poll is closed or its deadline passed: nothing was recorded.</summary>
    Closed,
}

/// <summary>A vote's result: the outcome and the member's ballot now (empty when refused).</summary>
public sealed record VoteResult(VoteOutcome Outcome, IReadOnlyList<int> Choices);
