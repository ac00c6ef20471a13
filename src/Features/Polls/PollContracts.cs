using EngageBot.Features.Notices;

namespace EngageBot.Features.Polls;

/// <summary>
/// What staff send to start a poll: the question, 2–10 options, single or multiple choice (with a maximum), anonymous
/// or named, the deadline, and either a group to post it into or a notice audience to send it to.
/// </summary>
public sealed record PollDraft
{
    public string? Question { get; init; }
    public string? QuestionEn { get; init; }
    public IReadOnlyList<string>? Options { get; init; }
    public bool? Multiple { get; init; }

    /// <summary>With <see cref="Multiple"/>: how many options a member may choose (default: all of them).</summary>
    public int? MaxChoices { get; init; }

    /// <summary>Anonymous polls never show who voted what, to anyone.</summary>
    public bool? Anonymous { get; init; }
    public DateTimeOffset? ClosesAt { get; init; }
    public string? GroupId { get; init; }
    public NoticeAudience? Audience { get; init; }
}

/// <summary>A poll with its live results; <see cref="PollOptionView.Voters"/> only on named polls.</summary>
public sealed record PollView(
    string Id,
    string Question,
    string? QuestionEn,
    bool Multiple,
    int MaxChoices,
    bool Anonymous,
    string? GroupId,
    string? NoticeId,
    DateTimeOffset ClosesAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string Status,
    int Voters,
    IReadOnlyList<PollOptionView> Options);

/// <summary>One option's count (and, on a named poll, who chose it).</summary>
public sealed record PollOptionView(int Number, string Text, int Count, IReadOnlyList<string>? Voters);

/// <summary>Polls, newest first.</summary>
public sealed record PollList(IReadOnlyList<PollView> Polls);
