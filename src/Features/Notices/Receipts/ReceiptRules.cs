namespace EngageBot.Features.Notices;

/// <summary>What a draft may ask about receipts: one-off notices only, a reminder between an hour and 30 days later.</summary>
internal static class ReceiptRules
{
    public const double MaxRemindAfterHours = 720;

    public static IEnumerable<NoticeValidation> Check(NoticeDraft draft)
    {
        if (draft.AskReceipt == true && draft.Cron is not null)
        {
            yield return new("askReceipt", "askReceipt is for one-off notices; a recurring notice cannot ask for receipts.");
        }

        if (draft.RemindAfterHours is { } hours)
        {
            if (draft.AskReceipt != true)
            {
                yield return new("remindAfterHours", "remindAfterHours needs askReceipt: true (only confirmations can be reminded of).");
            }
            else if (double.IsNaN(hours) || hours < 1 || hours > MaxRemindAfterHours)
            {
                yield return new("remindAfterHours", $"remindAfterHours must be between 1 and {MaxRemindAfterHours} (hours).");
            }
        }
    }
}
