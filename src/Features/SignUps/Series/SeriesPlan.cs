using EngageBot.Core.Time;

namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// The occurrences of a new series: the first activity repeated every N weeks at the same local wall-clock time,
/// its end and deadlines kept at the same distance from its start.
/// </summary>
public static class SeriesPlan
{
    public const int MaxOccurrences = 52;

    public static IReadOnlyList<ActivityDraft> Occurrences(ActivityDraft first, int count, int intervalWeeks, UnionTime time)
    {
        var localStart = time.ToLocal(first.StartsAt).DateTime;
        var list = new List<ActivityDraft>(count);
        for (var i = 0; i < count; i++)
        {
            var start = time.FromLocal(localStart.AddDays(7 * intervalWeeks * i));
            var shift = start - first.StartsAt;
            list.Add(first with
            {
                StartsAt = start,
                EndsAt = first.EndsAt + shift,
                SignUpDeadline = first.SignUpDeadline + shift,
                CancelDeadline = first.CancelDeadline + shift,
            });
        }

        return list;
    }

    /// <summary>How many occurrences from the first start up to and including the local date <paramref name="until"/>.</summary>
    public static int CountUntil(DateTimeOffset firstStart, DateOnly until, int intervalWeeks, UnionTime time)
    {
        var firstDay = DateOnly.FromDateTime(time.ToLocal(firstStart).DateTime);
        var days = until.DayNumber - firstDay.DayNumber;
        return days < 0 ? 0 : (days / (7 * intervalWeeks)) + 1;
    }
}
