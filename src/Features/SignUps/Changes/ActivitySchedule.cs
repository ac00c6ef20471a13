namespace EngageBot.Features.SignUps.Changes;

/// <summary>When and where an activity happens: the part of it whose change members are told about.</summary>
public sealed record ActivitySchedule(DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string? Place)
{
    public static ActivitySchedule Of(ActivityRecord activity) => new(activity.StartsAt, activity.EndsAt, activity.Place);

    /// <summary>
    /// Same as members see it: times to the minute (the console edits whole minutes; an activity created through the
    /// API with seconds must not "move" when staff only fix its title), place exactly.
    /// </summary>
    public bool ReadsTheSameAs(ActivitySchedule other) =>
        Minute(StartsAt) == Minute(other.StartsAt) && Minute(EndsAt) == Minute(other.EndsAt) && string.Equals(Place, other.Place, StringComparison.Ordinal);

    private static long? Minute(DateTimeOffset? at) => at?.ToUnixTimeSeconds() / 60;
}
