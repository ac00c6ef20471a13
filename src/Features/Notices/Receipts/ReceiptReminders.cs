using System.Globalization;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Notices;

/// <summary>
/// Reminds the members who got a notice and have not confirmed it. A round is a notice of its own
/// (<see cref="NoticeKinds.ReceiptReminder"/>, audience = those members, send time fixed when the round is
/// created) fired through the scheduler and the outbox like any notice: its outbox rows are keyed by round and
/// member, so a member is reminded at most once per round, and a retried round (two clicks at once, a recovered
/// job) reuses the stored round instead of starting another. A round is as urgent as its notice: quiet hours hold it
/// unless the notice was urgent.
/// </summary>
public sealed partial class ReceiptReminders(
    NoticeStore notices, ReceiptStore receipts, ReceiptReport report, NoticeScheduler scheduler, TimeProvider clock, ILogger<ReceiptReminders> logger)
{
    public static string AutoRoundId(string noticeId) => noticeId + "-auto";

    /// <summary>Starts the next manual round (or the round <paramref name="roundId"/>); reminded 0 and no round when all confirmed.</summary>
    public async Task<ReminderRound> RemindAsync(Notice notice, string? roundId, string? createdBy, CancellationToken cancellationToken)
    {
        roundId ??= notice.Id + "-r" + (await receipts.CountRoundsAsync(notice.Id, cancellationToken) + 1).ToString(CultureInfo.InvariantCulture);
        var round = await notices.GetAsync(roundId, cancellationToken);
        if (round is null)
        {
            var members = await report.UnconfirmedAsync(notice.Id, cancellationToken);
            if (members.Count == 0)
            {
                return new ReminderRound(null, 0);
            }

            var now = clock.GetUtcNow();
            await notices.AddAsync(
                new Notice(roundId, NoticeKinds.ReceiptReminder, ReminderText(notice.Text, english: false), notice.TextEn is null ? null : ReminderText(notice.TextEn, english: true),
                    null, new NoticeAudience { Members = [.. members.Select(m => m.Format())] }, now, null, notice.TimeZone, notice.Urgent, NoticeStatus.Scheduled, now, createdBy)
                {
                    Reminds = notice.Id,
                },
                cancellationToken);
            round = await notices.GetAsync(roundId, cancellationToken); // a concurrent start stored it first: that round stands
        }

        if (round is { Status: NoticeStatus.Scheduled, SendAt: { } at })
        {
            // The fixed send time makes the firing the same one however often this runs.
            await scheduler.ScheduleAsync(round, at, cancellationToken);
        }

        var reminded = round?.Audience.Members?.Count ?? 0;
        LogRound(logger, notice.Id, roundId, reminded);
        return new ReminderRound(round?.Id, reminded);
    }

    private static string ReminderText(string text, bool english) =>
        (english ? "Reminder: please confirm you got this notice (tap \"Got it\" or reply \"got it\").\n\n" : "【提醒】请确认收到这条通知（点“收到”或回复“收到”）。\n\n") + text;

    [LoggerMessage(EventId = 540, Level = LogLevel.Information, Message = "Receipt reminder {RoundId} of notice {NoticeId}: {Reminded} members")]
    private static partial void LogRound(ILogger logger, string noticeId, string roundId, int reminded);
}
