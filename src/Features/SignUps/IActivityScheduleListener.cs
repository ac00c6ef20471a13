using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Told after an activity's schedule changed (created, changed, cancelled) and the change committed; reminders
/// listen. A listener that fails must not undo the change, so implementations catch and log their own errors.
/// </summary>
public interface IActivityScheduleListener
{
    /// <summary>The activity was created or changed (its time or reminder lead times may have moved).</summary>
    Task ScheduledAsync(string activityId, CancellationToken cancellationToken);

    /// <summary>The activity was cancelled.</summary>
    Task CancelledAsync(string activityId, CancellationToken cancellationToken);
}
