using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Dialogs;

/// <summary>Checked at start-up.</summary>
public sealed class DialogOptionsValidator : IValidateOptions<DialogOptions>
{
    public ValidateOptionsResult Validate(string? name, DialogOptions options) => new OptionsFailures()
        .Check(options.FlowTimeout > TimeSpan.Zero, "Dialogs:FlowTimeout must be above zero (default 00:30:00).")
        .Result;
}
