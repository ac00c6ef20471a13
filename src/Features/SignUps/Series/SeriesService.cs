using EngageBot.Core.Time;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// Series as staff change them: the store writes and queues the news in one transaction; then the outbox is
/// woken and schedule listeners (reminders) hear of every occurrence created, moved or cancelled.
/// </summary>
public sealed class SeriesService(SeriesStore series, UnionTime time, IOutbox outbox, IEnumerable<IActivityScheduleListener> listeners)
{
    private readonly IActivityScheduleListener[] _listeners = [.. listeners];

    public async Task<SeriesWithOccurrences> CreateAsync(ActivityDraft first, int count, int intervalWeeks, CancellationToken cancellationToken)
    {
        var created = await series.CreateAsync(
            first.Title, first.ClubId, intervalWeeks, SeriesPlan.Occurrences(first, count, intervalWeeks, time), cancellationToken);
        foreach (var occurrence in created.Occurrences)
        {
            await ScheduledAsync(occurrence.Id, cancellationToken);
        }

        return created;
    }

    public async Task<SeriesChangeResult> ChangeFutureAsync(string id, string? fromActivityId, SeriesPatch patch, CancellationToken cancellationToken)
    {
        var result = await series.ChangeFutureAsync(id, fromActivityId, occurrence => patch.Apply(occurrence, time), cancellationToken);
        Wake(result);
        foreach (var changed in result.Results)
        {
            if (changed.Activity is { } activity)
            {
                await ScheduledAsync(activity.Id, cancellationToken);
            }
        }

        return result;
    }

    public async Task<SeriesChangeResult> CancelFutureAsync(string id, string? fromActivityId, CancellationToken cancellationToken)
    {
        var result = await series.CancelFutureAsync(id, fromActivityId, cancellationToken);
        Wake(result);
        foreach (var cancelled in result.Results)
        {
            if (cancelled is { Kind: ActivityUpdateKind.Updated, Activity: { } activity })
            {
                foreach (var listener in _listeners)
                {
                    await listener.CancelledAsync(activity.Id, cancellationToken);
                }
            }
        }

        return result;
    }

    private async Task ScheduledAsync(string activityId, CancellationToken cancellationToken)
    {
        foreach (var listener in _listeners)
        {
            await listener.ScheduledAsync(activityId, cancellationToken);
        }
    }

    private void Wake(SeriesChangeResult result)
    {
        if (result.Results.Any(r => r.NoticeIds.Count > 0))
        {
            outbox.Wake();
        }
    }
}
