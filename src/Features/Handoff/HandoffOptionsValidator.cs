using Microsoft.Extensions.Options;

namespace EngageBot.Features.Handoff;

/// <summary>Refuses to start with office hours that can never open or a return time that never comes.</summary>
public sealed class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        var errors = new List<string>();
        if (options.Closes <= options.Opens)
        {
            errors.Add("Handoff:Closes must be after Handoff:Opens (e.g. \"09:00\" and \"17:30\").");
        }

        if (options.Days.Count == 0 && options.WorkingWeekends.Count == 0)
        {
            errors.Add("Handoff:WorkingDays needs at least one day (e.g. [\"Monday\", …, \"Friday\"]).");
        }

        if (options.Holidays.Intersect(options.WorkingWeekends).FirstOrDefault() is var both && both != default)
        {
            errors.Add($"Handoff: {both:yyyy-MM-dd} is in both Holidays and WorkingWeekends; keep it in one.");
        }

        if (options.ReturnToBotAfter <= TimeSpan.Zero)
        {
            errors.Add("Handoff:ReturnToBotAfter must be above zero (e.g. \"04:00:00\").");
        }

        if (options.ReturnCheckInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Handoff:ReturnCheckInterval must be at least one second (e.g. \"00:01:00\").");
        }

        if (options.AnswerWhileWaitingScore is <= 0 or > 1)
        {
            errors.Add("Handoff:AnswerWhileWaitingScore must be above 0 and at most 1 (e.g. 0.7).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
