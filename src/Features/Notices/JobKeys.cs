using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>Every Quartz key and job-data name the scheduler uses, written once.</summary>
public static class JobKeys
{
    public const string NoticeGroup = "notices";
    public const string ReminderGroup = "reminders";
    public const string ReceiptGroup = "receipt-reminders";
    public const string ReceiptProgressGroup = "receipt-progress";

    /// <summary>Job data: the group conversation a <see cref="ReceiptProgressJob"/> posts its line into.</summary>
    public const string GroupKey = "groupKey";

    /// <summary>Job data: the notice a <see cref="NoticeJob"/> fires.</summary>
    public const string NoticeId = "noticeId";

    /// <summary>Trigger data: the intended fire time (unix ms) a quiet-hours hold stands in for.</summary>
    public const string HeldFiring = "heldFiring";

    /// <summary>Job data: the activity a <see cref="ReminderJob"/> reminds of.</summary>
    public const string ActivityId = "activityId";

    /// <summary>Trigger data: the lead time (minutes before the start) a reminder trigger stands for.</summary>
    public const string LeadMinutes = "leadMinutes";

    public static JobKey Notice(string noticeId) => new(noticeId, NoticeGroup);

    public static JobKey Reminder(string activityId) => new(activityId, ReminderGroup);

    /// <summary>The one pending progress line of a notice in a group.</summary>
    public static JobKey ReceiptProgress(string noticeId, string groupKey) => new(noticeId + "|" + groupKey, ReceiptProgressGroup);
}
