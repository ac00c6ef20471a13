using Microsoft.Extensions.Options;

namespace EngageBot.Features.Polls;

/// <summary>Refuses to start with a close check that never runs or a deadline window that is empty.</summary>
public sealed class PollOptionsValidator : IValidateOptions<PollOptions>
{
    public ValidateOptionsResult Validate(string? name, PollOptions options)
    {
        var errors = new List<string>();
        if (options.CloseCheckInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Polls:CloseCheckInterval must be at least one second (e.g. \"00:00:30\").");
        }

        if (options.MinDuration < TimeSpan.Zero || options.MaxDuration <= options.MinDuration)
        {
            errors.Add("Polls:MinDuration must be zero or more and Polls:MaxDuration after it (e.g. \"00:05:00\" and \"60.00:00:00\").");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
