namespace EngageBot.Core.Time;

/// <summary>
/// The union's local time zone, from <see cref="UnionTimeOptions"/>. Everything that shows a time to a person or
/// reads one from them ("周六 09:30", quiet hours, cron) converts through this, so there is one local time.
/// </summary>
public sealed class UnionTime(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The zone's id as configured (IANA), which notices store and Quartz reads back.</summary>
    public string ZoneId => Zone.Id;

    public static UnionTime For(string timeZoneId) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>The same instant, with the union's offset at that instant.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now).DateTime);

    /// <summary>A wall-clock time in the union's zone as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }
}
