using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>Checked at start-up.</summary>
public sealed class SignUpOptionsValidator : IValidateOptions<SignUpOptions>
{
    public ValidateOptionsResult Validate(string? name, SignUpOptions options) => new OptionsFailures()
        .Check(options.CheckInOpensBefore >= TimeSpan.Zero, "SignUps:CheckInOpensBefore must not be negative.")
        .Check(options.CheckInLastsAtLeast >= TimeSpan.Zero, "SignUps:CheckInLastsAtLeast must not be negative.")
        .Result;
}
