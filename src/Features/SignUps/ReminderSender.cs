using System.Globalization;
using EngageBot.Core.Time;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Turns a due reminder into a reminder notice for the activity's confirmed attendees (subscriptions do not
/// apply) and fires it. A reminder for an activity that was cancelled or moved since is dropped.
/// </summary>
public sealed class ReminderSender(
    IActivityCalendar calendar,
    NoticeStore notices,
    NoticeFiringService firing,
    UnionTime time)
{
    public async Task<FiringResult> SendAsync(string activityId, TimeSpan lead, DateTimeOffset triggerTime, CancellationToken cancellationToken)
    {
        var activity = await calendar.GetAsync(activityId, cancellationToken);
        if (activity is null || activity.Cancelled || (activity.StartsAt - lead - triggerTime).Duration() > TimeSpan.FromMinutes(1))
        {
            return FiringResult.Ignored;
        }

        var local = time.ToLocal(activity.StartsAt);
        var when = lead >= TimeSpan.FromHours(20) ? "明天" : "今天";
        var id = string.Create(CultureInfo.InvariantCulture, $"r_{activityId}_{(long)lead.TotalMinutes}_{activity.StartsAt.ToUnixTimeMilliseconds()}");
        await notices.AddAsync(new Notice(
            id,
            NoticeKinds.Reminder,
            $"温馨提醒：您报名的「{activity.Title}」将于{when} {local:HH:mm} 开始，别忘了哦。",
            $"Reminder: \"{activity.TitleEn ?? activity.Title}\", which you signed up for, starts {local.ToString("MMM d 'at' HH:mm", CultureInfo.InvariantCulture)}.",
            null,
            new NoticeAudience { Activities = [activityId] },
            triggerTime,
            null,
            time.ZoneId,
            false,
            NoticeStatus.Scheduled,
            triggerTime,
            null), cancellationToken);
        return await firing.FireAsync(id, triggerTime, triggerTime, false, cancellationToken);
    }
}
