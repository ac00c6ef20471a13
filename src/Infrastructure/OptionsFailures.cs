using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure;

/// <summary>
/// Collects what is wrong with an options object, each failure naming its setting and what to set instead, so
/// that a bad value stops start-up with every problem listed at once.
/// </summary>
public sealed class OptionsFailures
{
    private readonly List<string> _failures = [];

    public OptionsFailures Check(bool valid, string failure)
    {
        if (!valid)
        {
            _failures.Add(failure);
        }

        return this;
    }

    public ValidateOptionsResult Result => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);
}
