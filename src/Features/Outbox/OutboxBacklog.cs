using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>How far behind delivery is: rows due now and not yet sent (readiness, <c>/readyz</c>).</summary>
public sealed class OutboxBacklog(IDatabase database, TimeProvider clock)
{
    public async Task<long> CountDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now")
            .With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
