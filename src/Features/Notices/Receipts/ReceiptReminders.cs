using System.Globalization;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Notices;

/// <summary>
/// Reminds the members who got a notice and have not confirmed it. A round is a notice of its own
/// (<see cref="NoticeKinds.ReceiptReminder"/>, audience = those members, send time fixed when the round is
/// created) fired through the scheduler and the outbox like any notice: its outbox rows are keyed by round and
/// member, so a member is reminded at most once per round, and a retried round (two clicks at once, a recovered
/// job) reuses the stored round instead of starting another. A round is as urgent as its notice: quiet hours hold it
/// unless the notice was urgent. Members of a group the notice was posted into are reminded in that group: one post
/// per group per round (<c>{round}-g{n}</c>) naming them, with the confirm button, since many group members never
/// opened a 1:1 chat with the bot and the notice itself was given in the group.
/// </summary>
public sealed partial class ReceiptReminders(
    NoticeStore notices, ReceiptStore receipts, ReceiptReport report, GroupReceiptRows groups, NoticeScheduler scheduler, TimeProvider clock, ILogger<ReceiptReminders> logger)
{
    /// <summary>At most this many names in a group reminder; the rest are counted.</summary>
    public const int MaxNamed = 50;

    public static string AutoRoundId(string noticeId) => noticeId + "-auto";

    /// <summary>Starts the next manual round (or the round <paramref name="roundId"/>); reminded 0 and no round when all confirmed.</summary>
    public async Task<ReminderRound> RemindAsync(Notice notice, string? roundId, string? createdBy, CancellationToken cancellationToken)
    {
        roundId ??= notice.Id + "-r" + (await receipts.CountRoundsAsync(notice.Id, cancellationToken) + 1).ToString(CultureInfo.InvariantCulture);
        var round = await notices.GetAsync(roundId, cancellationToken);
        var inGroups = await groups.UnconfirmedAsync(notice.Id, cancellationToken);
        if (round is null)
        {
            var members = await report.UnconfirmedAsync(notice.Id, cancellationToken);
            if (members.Count == 0 && inGroups.Count == 0)
            {
                return new ReminderRound(null, 0);
            }

            // The group posts first: the round's own row is what a retry finds, so it must come last.
            var now = clock.GetUtcNow();
            for (var i = 0; i < inGroups.Count; i++)
            {
                var (group, named) = inGroups[i];
                await notices.AddAsync(
                    new Notice(GroupPartId(roundId, i), NoticeKinds.ReceiptReminder, GroupReminderText(notice.Text, named, english: false),
                        notice.TextEn is null ? null : GroupReminderText(notice.TextEn, named, english: true),
                        null, new NoticeAudience { Conversations = [group.Format()] }, now, null, notice.TimeZone, notice.Urgent, NoticeStatus.Scheduled, now, createdBy)
                    {
                        Reminds = notice.Id,
                    },
                    cancellationToken);
            }

            await notices.AddAsync(
                new Notice(roundId, NoticeKinds.ReceiptReminder, ReminderText(notice.Text, english: false), notice.TextEn is null ? null : ReminderText(notice.TextEn, english: true),
                    null, new NoticeAudience { Members = [.. members.Select(m => m.Format())] }, now, null, notice.TimeZone, notice.Urgent, NoticeStatus.Scheduled, now, createdBy)
                {
                    Reminds = notice.Id,
                },
                cancellationToken);
            round = await notices.GetAsync(roundId, cancellationToken); // a concurrent start stored it first: that round stands
        }

        for (var i = 0; round is not null && await notices.GetAsync(GroupPartId(roundId, i), cancellationToken) is { } part; i++)
        {
            await ScheduleAsync(part, cancellationToken);
        }

        if (round is not null)
        {
            await ScheduleAsync(round, cancellationToken);
        }

        // A retried round counts the group members who are still unconfirmed.
        var reminded = (round?.Audience.Members?.Count ?? 0) + inGroups.Sum(g => g.Members.Count);
        LogRound(logger, notice.Id, roundId, reminded);
        return new ReminderRound(round?.Id, reminded);
    }

    private async Task ScheduleAsync(Notice round, CancellationToken cancellationToken)
    {
        if (round is { Status: NoticeStatus.Scheduled, SendAt: { } at })
        {
            // The fixed send time makes the firing the same one however often this runs.
            await scheduler.ScheduleAsync(round, at, cancellationToken);
        }
    }

    /// <summary>The group post of a round: not counted as a round of its own (<see cref="ReceiptStore.CountRoundsAsync"/>).</summary>
    public static string GroupPartId(string roundId, int index) => roundId + "-g" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string GroupReminderText(string text, IReadOnlyList<GroupRecipient> members, bool english)
    {
        var named = string.Join(" ", members.Take(MaxNamed).Select(m => "@" + m.Name));
        var more = members.Count > MaxNamed ? (english ? $" and {members.Count - MaxNamed} more" : $" 等{members.Count}人") : string.Empty;
        return (english
            ? $"Reminder: {named}{more} have not confirmed this notice yet. Tap \"Got it\" or reply \"got it\" here.\n\n"
            : $"【提醒】{named}{more} 还没有确认收到这条通知，请点“收到”或在群里回复“收到”。\n\n") + text;
    }

    private static string ReminderText(string text, bool english) =>
        (english ? "Reminder: please confirm you got this notice (tap \"Got it\" or reply \"got it\").\n\n" : "【提醒】请确认收到这条通知（点“收到”或回复“收到”）。\n\n") + text;

    [LoggerMessage(EventId = 540, Level = LogLevel.Information, Message = "Receipt reminder {RoundId} of notice {NoticeId}: {Reminded} members")]
    private static partial void LogRound(ILogger logger, string noticeId, string roundId, int reminded);
}
