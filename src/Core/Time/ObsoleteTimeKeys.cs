using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace EngageBot.Core.Time;

/// <summary>
/// <c>Scheduler:TimeZone</c> and <c>SignUps:UtcOffset</c>, the two local-time settings <c>Union:TimeZone</c>
/// replaced. They are still honoured for one release when <c>Union:TimeZone</c> is not set (the zone first, then a
/// whole-hour offset as its <c>Etc/GMT</c> zone), with a warning at start-up.
/// </summary>
internal static class ObsoleteTimeKeys
{
    public const string SchedulerTimeZone = "Scheduler:TimeZone";

    public const string SignUpsUtcOffset = "SignUps:UtcOffset";

    public static void Apply(UnionTimeOptions options, IConfiguration configuration)
    {
        var zone = configuration[SchedulerTimeZone];
        var offset = configuration[SignUpsUtcOffset];
        if (!string.IsNullOrEmpty(zone))
        {
            options.ObsoleteKeys.Add(SchedulerTimeZone);
        }

        if (!string.IsNullOrEmpty(offset))
        {
            options.ObsoleteKeys.Add(SignUpsUtcOffset);
        }

        if (!string.IsNullOrEmpty(configuration[$"{UnionTimeOptions.Section}:TimeZone"]))
        {
            options.Source = $"{UnionTimeOptions.Section}:TimeZone";
        }
        else if (!string.IsNullOrEmpty(zone))
        {
            (options.TimeZone, options.Source) = (zone, SchedulerTimeZone);
        }
        else if (!string.IsNullOrEmpty(offset))
        {
            (options.TimeZone, options.Source) = (EtcZone(offset) ?? offset, SignUpsUtcOffset);
        }
    }

    /// <summary>"08:00" → "Etc/GMT-8" (POSIX zone names count the other way); null for offsets that are not whole hours.</summary>
    private static string? EtcZone(string offset)
    {
        if (!TimeSpan.TryParse(offset, CultureInfo.InvariantCulture, out var value)
            || value.Ticks % TimeSpan.TicksPerHour != 0 || value.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        var hours = (int)value.TotalHours;
        return hours == 0 ? "Etc/UTC" : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}");
    }
}
