using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Where the activity listing intent gets its activities. The sign-ups feature implements it (register
/// yours as a singleton; it replaces the empty default).
/// </summary>
public interface IActivityDirectory
{
    /// <summary>Upcoming activities, soonest first; within <paramref name="range"/> when given, about <paramref name="topicId"/> (a knowledge entry id such as "club-yoga") when given.</summary>
    Task<IReadOnlyList<ActivityCard>> ListUpcomingAsync(TimeRange? range, string? topicId, CancellationToken cancellationToken);
}
