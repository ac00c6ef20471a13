using EngageBot.Core.Retention;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Operations;

/// <summary>Checked at start-up: every limit at least a day, a batch size a transaction stays short with, a valid schedule.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var failures = new OptionsFailures()
            .Check(CronExpression.TryParse(options.Schedule ?? "", out _), "Retention:Schedule must be a Quartz cron expression, e.g. \"0 30 3 * * ?\" (03:30 every day).")
            .Check(options.BatchSize is >= 1 and <= 10_000, "Retention:BatchSize must be between 1 and 10000 rows (default 500).")
            .Check(options.PauseBetweenBatches >= TimeSpan.Zero && options.PauseBetweenBatches <= TimeSpan.FromMinutes(1),
                "Retention:PauseBetweenBatches must be between 00:00:00 and 00:01:00 (default 00:00:00.050).");
        foreach (var kind in Enum.GetValues<RetentionKind>())
        {
            // Dedup marks younger than a day would let a channel's redelivery run a second turn.
            failures.Check(options.LimitOf(kind) >= TimeSpan.FromDays(1), $"Retention:{kind} must be at least one day (e.g. 30.00:00:00 for 30 days).");
        }

        return failures.Result;
    }
}
