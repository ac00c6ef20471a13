using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Turns;

/// <summary>Checked at start-up.</summary>
public sealed class TurnOptionsValidator : IValidateOptions<TurnOptions>
{
    public ValidateOptionsResult Validate(string? name, TurnOptions options) => new OptionsFailures()
        .Check(options.TypingDelay >= TimeSpan.Zero, "Turns:TypingDelay must not be negative.")
        .Check(options.MaxAttempts is >= 1 and <= 50, "Turns:MaxAttempts must be between 1 and 50.")
        .Check(!string.IsNullOrWhiteSpace(options.BotName), "Turns:BotName must not be empty: members mention the bot by it in groups.")
        .Result;
}
