namespace EngageBot.Features.SignUps;

/// <summary>Whether an activity falls on the day a typed command names ("周六", "明天", "这周末"), in local time.</summary>
public sealed class CommandDays(SignUpFormat format, TimeProvider clock)
{
    public bool Match(ActivityRecord activity, SignUpCommand command)
    {
        var starts = format.Local(activity.StartsAt);
        var today = format.Local(clock.GetUtcNow()).Date;
        return command switch
        {
            { InDays: { } days } => starts.Date == today.AddDays(days),
            { Weekday: { } day } => starts.DayOfWeek == day && starts.Date <= today.AddDays(7),
            { Weekend: true } => starts.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && starts.Date <= today.AddDays(7),
            _ => true,
        };
    }
}
