using System.Data.Common;
using EngageBot.Features.Staff;
using Microsoft.Extensions.Logging;
using Quartz;

namespace EngageBot.Features.SignUps;

/// <summary>Activities created, moved or cancelled (re)schedule or drop their reminders; a failure is logged, the change stands.</summary>
public sealed partial class ReminderScheduleListener(ReminderScheduler reminders, ILogger<ReminderScheduleListener> logger) : IActivityScheduleListener
{
    public async Task ScheduledAsync(string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await reminders.ScheduleAsync(activityId, cancellationToken);
        }
        catch (Exception ex) when (ex is SchedulerException or DbException)
        {
            LogFailed(logger, ex);
        }
    }

    public async Task CancelledAsync(string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await reminders.CancelAsync(activityId, cancellationToken);
        }
        catch (Exception ex) when (ex is SchedulerException or DbException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Reminders for an activity could not be (re)scheduled")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
