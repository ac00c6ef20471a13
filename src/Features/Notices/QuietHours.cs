using EngageBot.Core.Time;
using EngageBot.Features.Outbox;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Notices;

/// <summary>Quiet hours in the union's local time (22:00–07:00 by default): when a non-urgent notice is held to.</summary>
public sealed class QuietHours(IOptions<SchedulerOptions> options, UnionTime unionTime)
{
    /// <summary>The end of the quiet hours <paramref name="at"/> falls in, or null when it is outside them.</summary>
    public DateTimeOffset? HoldUntil(DateTimeOffset at)
    {
        var settings = options.Value;
        var zone = unionTime.Zone;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = local.TimeOfDay;
        var start = settings.QuietHoursStart;
        var end = settings.QuietHoursEnd;
        var quiet = start > end ? time >= start || time < end : time >= start && time < end;
        if (!quiet || start == end)
        {
            return null;
        }

        var day = time >= end ? local.Date.AddDays(1) : local.Date;
        var wake = day + end;
        return new DateTimeOffset(wake, zone.GetUtcOffset(wake));
    }
}
