namespace EngageBot.Features.SignUps;

/// <summary>A sample activity: on the next <see cref="Day"/> at <see cref="At"/> local time.</summary>
public sealed record SampleActivity(
    string ClubId, string Title, string TitleEn, DayOfWeek Day, TimeSpan At, TimeSpan Length, string Place, int Capacity);
