using System.Security.Cryptography;
using System.Text;
using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Polls;

/// <summary>
/// Takes a member's vote: only a member of the poll's group, or one the poll's notice reached, may vote; the choice
/// must fit the poll (option numbers, one or up to the maximum); a tap on a multiple-choice poll adds or removes that
/// option; a later vote replaces the earlier one until the deadline. Answers in the member's language.
/// </summary>
public sealed class PollVoting(BallotStore ballots, IGroupMembership groups, OutboxDeliveries deliveries, UnionTime time, TimeProvider clock)
{
    /// <summary>What the vote asks for: a tapped option, or the options typed.</summary>
    public sealed record Choice(int? Tapped, IReadOnlyList<int> Typed);

    public async Task<Localized> VoteAsync(Poll poll, MemberKey member, string? name, Choice choice, CancellationToken cancellationToken)
    {
        if (!poll.IsOpen(clock.GetUtcNow()))
        {
            return PollTexts.Closed(poll.Question, poll.QuestionEn ?? poll.Question);
        }

        if (!await MayVoteAsync(poll, member, cancellationToken))
        {
            return poll.GroupId is not null ? PollTexts.NotInGroup : PollTexts.NotInAudience;
        }

        var wanted = choice.Tapped is { } tapped ? [tapped] : choice.Typed.Distinct().ToList();
        if (wanted.Count == 0 || wanted.Any(n => n < 1 || n > poll.Options.Count))
        {
            return PollTexts.BadChoice(poll.Options.Count);
        }

        if (!poll.Multiple && wanted.Count > 1)
        {
            return PollTexts.SingleOnly;
        }

        if (wanted.Count > poll.MaxChoices)
        {
            return PollTexts.TooMany(poll.MaxChoices);
        }

        var tooMany = false;
        var result = await ballots.VoteAsync(poll.Id, VoterKey(poll, member), poll.Anonymous ? null : name, previous =>
        {
            if (!poll.Multiple || choice.Tapped is not { } option)
            {
                return wanted;
            }

            // A tap on a multiple-choice poll toggles that option in the member's ballot.
            var current = previous ?? [];
            if (current.Contains(option))
            {
                return [.. current.Where(c => c != option)];
            }

            tooMany = current.Count >= poll.MaxChoices;
            return tooMany ? current : [.. current, option];
        }, clock.GetUtcNow(), cancellationToken);

        return result.Outcome switch
        {
            VoteOutcome.Closed => PollTexts.Closed(poll.Question, poll.QuestionEn ?? poll.Question),
            _ when tooMany => PollTexts.TooMany(poll.MaxChoices),
            _ when result.Choices.Count == 0 => PollTexts.Withdrawn(poll.Question),
            _ when poll.Anonymous => PollTexts.VotedAnonymously(poll.Question, poll.QuestionEn ?? poll.Question, time.ToLocal(poll.ClosesAt)),
            _ => PollTexts.Voted(poll.Question, PollMessages.Choices(poll, result.Choices, english: false), result.Outcome == VoteOutcome.Changed, time.ToLocal(poll.ClosesAt)) with
            {
                En = PollTexts.Voted(poll.QuestionEn ?? poll.Question, PollMessages.Choices(poll, result.Choices, english: true), result.Outcome == VoteOutcome.Changed, time.ToLocal(poll.ClosesAt)).En,
            },
        };
    }

    /// <summary>A member of the poll's group, or a member the poll's notice was delivered to.</summary>
    public async Task<bool> MayVoteAsync(Poll poll, MemberKey member, CancellationToken cancellationToken) =>
        poll.GroupId is { } groupId
            ? await groups.IsMemberAsync(groupId, member.UserId, cancellationToken)
            : poll.NoticeId is { } noticeId && (await deliveries.SentToAsync(member, [noticeId], cancellationToken)).Contains(noticeId);

    /// <summary>The member's key on a named poll; on an anonymous one a salted hash, so the ballot names nobody.</summary>
    public static string VoterKey(Poll poll, MemberKey member) =>
        poll.Anonymous ? "anon:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(poll.Salt + "|" + member.Format()))) : member.Format();
}
