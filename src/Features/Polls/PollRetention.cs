using EngageBot.Core.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Polls;

/// <summary>
/// How long ballots are kept: those of polls closed longer ago than <c>Retention:PollBallots</c> are deleted by the
/// nightly retention job (the poll and its results stay; an open poll's ballots are never deleted by age).
/// </summary>
public static class PollRetention
{
    public static IServiceCollection AddPollBallotsRetention(this IServiceCollection services) =>
        services.AddRetentionTarget(RetentionKind.PollBallots, new RetentionTable(
            "poll_ballots", "poll_id, voter_key", "voted_at", "poll_id IN (SELECT id FROM polls WHERE closed_at < @cutoff)"));
}
