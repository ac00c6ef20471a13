using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Notices;

/// <summary>Checked at start-up.</summary>
public sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options) => new OptionsFailures()
        .Check(IsTimeOfDay(options.QuietHoursStart), "Scheduler:QuietHoursStart must be a time of day (00:00 to 23:59).")
        .Check(IsTimeOfDay(options.QuietHoursEnd), "Scheduler:QuietHoursEnd must be a time of day (00:00 to 23:59).")
        .Check(options.MisfireGrace > TimeSpan.Zero, "Scheduler:MisfireGrace must be above zero.")
        .Check(options.Clustered is null,
            "Scheduler:Clustered is replaced by Cluster:Enabled, the one switch for several instances (Quartz clustering, LISTEN/NOTIFY): remove Scheduler:Clustered and set Cluster:Enabled.")
        .Check(options.ReceiptProgressEvery >= TimeSpan.Zero && options.ReceiptProgressEvery <= TimeSpan.FromDays(1),
            "Scheduler:ReceiptProgressEvery must be between 00:00:00 and 1.00:00:00 (how long group confirmations are gathered into one progress line).")
        .Check(options.ReminderLeads.All(l => l > TimeSpan.Zero), "Scheduler:ReminderLeads must all be above zero (e.g. 1.00:00:00 and 02:00:00).")
        .Result;

    private static bool IsTimeOfDay(TimeSpan time) => time >= TimeSpan.Zero && time < TimeSpan.FromDays(1);
}
