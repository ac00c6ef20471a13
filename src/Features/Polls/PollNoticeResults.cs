using EngageBot.Core.Time;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Polls;

/// <summary>
/// A poll sent as a notice posts its results, when it closes, to the members the poll reached (its sent outbox rows)
/// as a notice of its own, <c>{poll notice}-results</c>: its fixed id and send time make it one firing, and the outbox
/// keys rows by firing and member, so each recipient gets the results once however often this runs. The close job
/// runs it again for notice polls closed in the last day, so a crash between the close and this still posts them.
/// </summary>
public sealed class PollNoticeResults(NoticeStore notices, NoticeScheduler scheduler, OutboxDeliveries deliveries, BallotStore ballots, UnionTime time, TimeProvider clock)
{
    public static string ResultsId(string noticeId) => noticeId + "-results";

    public async Task PostAsync(Poll poll, CancellationToken cancellationToken)
    {
        if (poll is not { NoticeId: { } noticeId, ClosedAt: not null })
        {
            return;
        }

        var id = ResultsId(noticeId);
        if (await notices.GetAsync(id, cancellationToken) is null)
        {
            var now = clock.GetUtcNow();
            var text = PollMessages.Results(poll, PollTally.Of(poll, await ballots.ListAsync(poll.Id, cancellationToken)));
            await notices.AddAsync(
                new Notice(id, NoticeKinds.Notice, text, null, null, new NoticeAudience { Members = await RecipientsAsync(noticeId, cancellationToken) },
                    now, null, time.ZoneId, false, NoticeStatus.Scheduled, now, poll.CreatedBy),
                cancellationToken);
        }

        if (await notices.GetAsync(id, cancellationToken) is { Status: NoticeStatus.Scheduled, SendAt: { } at } results)
        {
            await scheduler.ScheduleAsync(results, at, cancellationToken);
        }
    }

    /// <summary>The members the poll's notice was sent to.</summary>
    private async Task<List<string>> RecipientsAsync(string noticeId, CancellationToken cancellationToken)
    {
        var members = new List<string>();
        long after = 0;
        while (true)
        {
            var page = await deliveries.ListAsync(noticeId, DeliveryStatus.Sent, after, 500, cancellationToken);
            members.AddRange(page.Select(d => d.MemberKey.Format()));
            if (page.Count < 500)
            {
                return [.. members.Distinct(StringComparer.Ordinal)];
            }

            after = page[^1].Id;
        }
    }
}
