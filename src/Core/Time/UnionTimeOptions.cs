namespace EngageBot.Core.Time;

/// <summary>The union's local time (<c>Union:TimeZone</c>): the one setting every feature reads local time from.</summary>
public sealed class UnionTimeOptions
{
    public const string Section = "Union";

    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>An IANA time zone id, e.g. <c>Asia/Shanghai</c>: notice times and cron, reminders, activity times, "周六".</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>Where <see cref="TimeZone"/> was read from: <c>Union:TimeZone</c>, an obsolete key, or the default.</summary>
    internal string Source { get; set; } = "the default";

    /// <summary>Obsolete keys present in configuration, warned about at start-up.</summary>
    internal List<string> ObsoleteKeys { get; } = [];
}
