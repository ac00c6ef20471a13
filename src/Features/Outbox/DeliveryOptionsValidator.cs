using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Outbox;

/// <summary>Checked at start-up.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options) => new OptionsFailures()
        .Check(options.Concurrency is >= 1 and <= 1000, "Delivery:Concurrency must be between 1 and 1000.")
        .Check(options.RatePerSecond >= 0, "Delivery:RatePerSecond must not be negative (0 = no limit).")
        .Check(options.Channels.All(c => c.Value.RatePerSecond >= 0), "Delivery:Channels:{channelId}:RatePerSecond must not be negative (0 = the default).")
        .Check(options.MaxAttempts >= 1, "Delivery:MaxAttempts must be at least 1.")
        .Check(options.Expiry > TimeSpan.Zero, "Delivery:Expiry must be above zero (default 1.00:00:00).")
        .Check(options.BaseDelay > TimeSpan.Zero, "Delivery:BaseDelay must be above zero.")
        .Check(options.MaxDelay >= options.BaseDelay, "Delivery:MaxDelay must not be below Delivery:BaseDelay.")
        .Check(options.Lease > TimeSpan.Zero, "Delivery:Lease must be above zero.")
        .Check(options.PollInterval > TimeSpan.Zero, "Delivery:PollInterval must be above zero.")
        .Result;
}
