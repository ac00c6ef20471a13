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

/// <summary>
/// One recorded change of an activity's time or place; <see cref="Version"/> counts the activity's changes
/// from 1 and, with the member, keys the message each member gets about it.
/// </summary>
public sealed record ActivityChange(long Id, string ActivityId, int Version, ActivitySchedule Old, ActivitySchedule New, DateTimeOffset ChangedAt)
{
    public bool TimeChanged => Old.StartsAt != New.StartsAt || Old.EndsAt != New.EndsAt;

    public bool PlaceChanged => !string.Equals(Old.Place, New.Place, StringComparison.Ordinal);
}
