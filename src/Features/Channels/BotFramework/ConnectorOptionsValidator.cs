using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>Checked at start-up.</summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options) => new OptionsFailures()
        .Check(options.MaxAttempts is >= 1 and <= 10, "Connector:MaxAttempts must be between 1 and 10.")
        .Check(options.BaseDelay > TimeSpan.Zero && options.MaxDelay >= options.BaseDelay, "Connector:BaseDelay must be above zero and Connector:MaxDelay not below it.")
        // The circuit breaker's and the timeout's own limits (Polly), said in our settings' names.
        .Check(options.AttemptTimeout >= TimeSpan.FromMilliseconds(10) && options.AttemptTimeout <= TimeSpan.FromDays(1), "Connector:AttemptTimeout must be between 00:00:00.010 and 1.00:00:00.")
        .Check(options.BreakAfter >= 2, "Connector:BreakAfter must be at least 2.")
        .Check(options.BreakDuration >= TimeSpan.FromMilliseconds(500), "Connector:BreakDuration must be at least 00:00:00.500.")
        .Result;
}
