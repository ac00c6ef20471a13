using Microsoft.Extensions.Options;

namespace EngageBot.Core.Time;

/// <summary>Checked at start-up: the local time zone is one this machine knows.</summary>
public sealed class UnionTimeOptionsValidator : IValidateOptions<UnionTimeOptions>
{
    public ValidateOptionsResult Validate(string? name, UnionTimeOptions options)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return ValidateOptionsResult.Fail(
                $"{options.Source} '{options.TimeZone}' is not a time zone this machine knows. Set Union:TimeZone to an IANA id such as Asia/Shanghai.");
        }
    }
}
