using EngageBot.Storage.SignUps;

namespace EngageBot.Dialogs.SignUps;

/// <summary>
/// The one way chat and staff change seats: the stores do the transaction, and every notice a change queued
/// is handed to the notifier right after it commits, so nobody promoted or cancelled goes untold.
/// </summary>
public sealed class SignUpService(SignUpStore signUps, ActivityStore activities, SignUpNotifier notifier)
{
    public Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken) =>
        signUps.SignUpAsync(request, cancellationToken);

    public async Task<CancelResult> CancelAsync(string activityId, MemberRef member, bool enforceDeadline, CancellationToken cancellationToken)
    {
        var result = await signUps.CancelAsync(activityId, member, enforceDeadline, cancellationToken);
        notifier.Enqueue(result.NoticeIds);
        return result;
    }

    public async Task<ActivityUpdateResult> UpdateActivityAsync(string id, ActivityDraft draft, CancellationToken cancellationToken)
    {
        var result = await activities.UpdateAsync(id, draft, cancellationToken);
        notifier.Enqueue(result.NoticeIds);
        return result;
    }

    public async Task<ActivityUpdateResult> CancelActivityAsync(string id, CancellationToken cancellationToken)
    {
        var result = await activities.CancelAsync(id, cancellationToken);
        notifier.Enqueue(result.NoticeIds);
        return result;
    }
}
