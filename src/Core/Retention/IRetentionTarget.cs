namespace EngageBot.Core.Retention;

/// <summary>
/// Old rows of one kind of data, as the feature that owns the table defines them: features register one each
/// (<see cref="RetentionRegistration.AddRetentionTarget"/>), and the operations feature's retention job only
/// asks them to count and delete, never naming a table itself.
/// </summary>
public interface IRetentionTarget
{
    RetentionKind Kind { get; }

    /// <summary>How many rows are older than <paramref name="cutoff"/> (the dry run).</summary>
    Task<long> CountOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Deletes at most <paramref name="limit"/> of the oldest rows older than <paramref name="cutoff"/>, in one short transaction.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);
}
