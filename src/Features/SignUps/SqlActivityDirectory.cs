using EngageBot.Core.Time;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Staff;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The activity listing ("这周末有什么活动") over the sign-ups tables: upcoming active activities with seats
/// left, within the asked days (local time) and, for a club topic ("club-yoga"), that club's only.
/// </summary>
public sealed class SqlActivityDirectory(ActivityStore activities, UnionTime time) : IActivityDirectory
{
    private const int Limit = 50;

    // Knowledge topics whose id is not "club-" + the club's id.
    private static readonly Dictionary<string, string> ClubAliases = new(StringComparer.Ordinal) { ["dance"] = "aerobics" };

    public async Task<IReadOnlyList<ActivityCard>> ListUpcomingAsync(TimeRange? range, string? topicId, CancellationToken cancellationToken)
    {
        var clubId = topicId is not null && topicId.StartsWith("club-", StringComparison.Ordinal) ? topicId["club-".Length..] : null;
        if (clubId is not null && ClubAliases.TryGetValue(clubId, out var alias))
        {
            clubId = alias;
        }

        var list = await activities.ListUpcomingAsync(clubId, Limit, cancellationToken);
        return [.. list
            .Where(a => range is null || range.Contains(time.Today(a.StartsAt)))
            .Select(a => new ActivityCard(
                a.Id,
                a.Title,
                time.ToLocal(a.StartsAt),
                a.EndsAt is { } ends ? time.ToLocal(ends) : null,
                a.Place ?? string.Empty,
                Math.Max(0, a.Capacity - a.Confirmed)))];
    }
}
