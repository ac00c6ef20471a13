using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Polls;

/// <summary>
/// Votes in chat: a vote button (any conversation), or a typed vote ("1", "选2", "投 羽毛球") for the newest open poll
/// of the group it is typed in, or, in a 1:1 chat, of the polls whose notice reached the member. A vote typed with a
/// verb for a poll that closed within <see cref="Recent"/> is told it closed; a bare number with no open poll is left
/// to the other routes (menus use numbers too).
/// </summary>
public sealed class PollRoute(PollStore polls, PollVoting voting, OutboxDeliveries deliveries, TimeProvider clock) : IBotRoute
{
    public static readonly TimeSpan Recent = TimeSpan.FromDays(1);

    public static readonly Localized NoOpenPoll = new(
        "本群现在没有进行中的投票。", "There is no open poll in this group right now.");

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.From?.Id is null || activity.ChannelId is null)
        {
            return false;
        }

        var member = MemberKey.ForSender(activity);
        var name = string.IsNullOrWhiteSpace(activity.From.Name) ? activity.From.Id : activity.From.Name;
        if (PollActions.Read(activity.Value) is var (pollId, option))
        {
            context.Reply(await polls.GetAsync(pollId, cancellationToken) is { } tapped
                ? await voting.VoteAsync(tapped, member, name, new PollVoting.Choice(option, []), cancellationToken)
                : PollTexts.NoSuchPoll);
            return true;
        }

        if (TypedVote.Parse(context.Text) is not { } typed)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var inGroup = activity.Conversation?.IsGroup == true;
        var recent = inGroup
            ? await polls.RecentInGroupAsync(activity.Conversation!.Id!, now - Recent, cancellationToken)
            : await ReachedAsync(member, now - Recent, cancellationToken);
        var poll = recent.FirstOrDefault(p => p.IsOpen(now)) ?? (typed.Explicit && recent.Count > 0 ? recent[0] : null);
        if (poll is null)
        {
            if (inGroup && typed.Explicit)
            {
                context.Reply(NoOpenPoll);
                return true;
            }

            return false;
        }

        if (typed.Resolve(poll.Options) is not { } choices)
        {
            context.Reply(PollTexts.BadChoice(poll.Options.Count));
            return true;
        }

        context.Reply(await voting.VoteAsync(poll, member, name, new PollVoting.Choice(null, choices), cancellationToken));
        return true;
    }

    /// <summary>The recent polls sent as notices that reached the member, newest first.</summary>
    private async Task<IReadOnlyList<Poll>> ReachedAsync(MemberKey member, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var recent = await polls.RecentNoticePollsAsync(since, cancellationToken);
        if (recent.Count == 0)
        {
            return recent;
        }

        var reached = await deliveries.SentToAsync(member, [.. recent.Select(p => p.NoticeId!)], cancellationToken);
        return [.. recent.Where(p => reached.Contains(p.NoticeId!))];
    }
}
