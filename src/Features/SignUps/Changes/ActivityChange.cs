namespace EngageBot.Features.SignUps.Changes;

/// <summary>When and where an activity happens: the part of it whose change members are told about.</summary>
public sealed record ActivitySchedule(DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string? Place)
{
    public static ActivitySchedule Of(ActivityRecord activity) => new(activity.StartsAt, activity.EndsAt, activity.Place);
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
