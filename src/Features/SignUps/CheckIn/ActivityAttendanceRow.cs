namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>One activity that has started: seats held on it and how many of those checked in; <see cref="Month"/> is the union's local month.</summary>
public sealed record ActivityAttendanceRow(
    string ActivityId, string Title, string? ClubId, string? ClubName, DateTimeOffset StartsAt, string Month, int Held, int Attended)
{
    public double Rate => Held == 0 ? 0 : Math.Round((double)Attended / Held, 3);
}
