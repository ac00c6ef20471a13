using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.SignUps;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The one way chat and staff change seats and activities: the stores do the transaction and put the news it
/// makes (promotion, cancellation) in the outbox within it, so nobody promoted or cancelled goes untold; the
/// outbox is woken right after the commit, and schedule listeners (reminders) hear of created, moved and
/// cancelled activities.
/// </summary>
public sealed class SignUpService(
    SignUpStore signUps,
    ActivityStore activities,
    IOutbox outbox,
    IEnumerable<IActivityScheduleListener> listeners)
{
    private readonly IActivityScheduleListener[] _listeners = [.. listeners];

    public async Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        var result = await signUps.SignUpAsync(request, cancellationToken);
        SignUpMetrics.SignedUp(result.Kind);
        return result;
    }

    public async Task<CancelResult> CancelAsync(string activityId, MemberKey member, bool enforceDeadline, CancellationToken cancellationToken)
    {
        var result = await signUps.CancelAsync(activityId, member, enforceDeadline, cancellationToken);
        SignUpMetrics.Cancelled(result.Kind);
        Wake(result.NoticeIds);
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
        Wake(result.NoticeIds);
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
        Wake(result.NoticeIds);
        if (result.Kind == ActivityUpdateKind.Updated)
        {
            foreach (var listener in _listeners)
            {
                await listener.CancelledAsync(id, cancellationToken);
            }
        }

        return result;
    }

    private void Wake(IReadOnlyList<long> outboxIds)
    {
        if (outboxIds.Count > 0)
        {
            outbox.Wake();
        }
    }
}
