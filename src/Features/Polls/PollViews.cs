namespace EngageBot.Features.Polls;

/// <summary>
/// A poll as staff see it: counts per option and, on a named poll only, who chose each option. An anonymous poll's
/// view never carries voters, whatever asks for it.
/// </summary>
public static class PollViews
{
    public static PollView Build(Poll poll, IReadOnlyList<Ballot> ballots, DateTimeOffset now)
    {
        var tally = PollTally.Of(poll, ballots);
        var options = poll.Options.Select((text, i) => new PollOptionView(
            i + 1,
            text,
            tally.Counts[i],
            poll.Anonymous ? null : [.. ballots.Where(b => b.Choices.Contains(i + 1)).Select(b => b.VoterName ?? b.VoterKey)])).ToList();
        return new PollView(
            poll.Id, poll.Question, poll.QuestionEn, poll.Multiple, poll.MaxChoices, poll.Anonymous, poll.GroupId, poll.NoticeId,
            poll.ClosesAt, poll.CreatedAt, poll.ClosedAt, poll.ClosedBy, poll.IsOpen(now) ? "open" : "closed", tally.Voters, options);
    }
}
