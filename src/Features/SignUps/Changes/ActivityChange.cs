namespace EngageBot.Features.SignUps.Changes;

/// <summary>
/// One recorded change of an activity's time or place; <see cref="Version"/> counts the activity's changes
/// from 1 and, with the member, keys the message each member gets about it.
/// </summary>
public sealed record ActivityChange(long Id, string ActivityId, int Version, ActivitySchedule Old, ActivitySchedule New, DateTimeOffset ChangedAt)
{
    public bool TimeChanged => Old.StartsAt != New.StartsAt || Old.EndsAt != New.EndsAt;

    public bool PlaceChanged => !string.Equals(Old.Place, New.Place, StringComparison.Ordinal);
}
