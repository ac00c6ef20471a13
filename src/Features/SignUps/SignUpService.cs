using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The one way chat and staff change seats and activities: the stores do the transaction, every notice a change
/// queued is handed to the notifier right after it commits, so nobody promoted or cancelled goes untold, and
/// schedule listeners (reminders) hear of created, moved and cancelled activities.
/// </summary>
public sealed class SignUpService(
    SignUpStore signUps,
    ActivityStore activities,
    SignUpNotifier notifier,
    IEnumerable<IActivityScheduleListener> listeners)
{
    private readonly IActivityScheduleListener[] _listeners = [.. listeners];

    public Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken) =>
        signUps.SignUpAsync(request, cancellationToken);

    public async Task<CancelResult> CancelAsync(string activityId, MemberRef member, bool enforceDeadline, CancellationToken cancellationToken)
    {
        var result = await signUps.CancelAsync(activityId, member, enforceDeadline, cancellationToken);
        notifier.Enqueue(result.NoticeIds);
        return result;
    }

    public async Task<ActivityRecord> CreateActivityAsync(ActivityDraft draft, CancellationToken cancellationToken)
    {
        var created = await activities.CreateAsync(draft, cancellationToken);
        foreach (var listener in _listeners)
        {
            await listener.ScheduledAsync(created.Id, cancellationToken);
        }

        return created;
    }

    public async Task<ActivityUpdateResult> UpdateActivityAsync(string id, ActivityDraft draft, CancellationToken cancellationToken)
    {
        var before = await activities.GetAsync(id, cancellationToken);
        var result = await activities.UpdateAsync(id, draft, cancellationToken);
        notifier.Enqueue(result.NoticeIds);
        if (result is { Kind: ActivityUpdateKind.Updated, Activity: { } after }
            && (before is null || before.StartsAt != after.StartsAt || !before.ReminderLeadTimes.SequenceEqual(after.ReminderLeadTimes)))
        {
            foreach (var listener in _listeners)
            {
                await listener.ScheduledAsync(id, cancellationToken);
            }
        }

        return result;
    }

    public async Task<ActivityUpdateResult> CancelActivityAsync(string id, CancellationToken cancellationToken)
    {
        var result = await activities.CancelAsync(id, cancellationToken);
        notifier.Enqueue(result.NoticeIds);
        if (result.Kind == ActivityUpdateKind.Updated)
        {
            foreach (var listener in _listeners)
            {
                await listener.CancelledAsync(id, cancellationToken);
            }
        }

        return result;
    }
}
