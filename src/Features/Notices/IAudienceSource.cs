using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// Streams the members of one group, club or activity (by id). Implementations page through their tables
/// (keyset pagination) so a large audience never sits in memory. The lead registers one per kind; a kind with
/// no registered source is refused when a notice is created.
/// </summary>
public interface IAudienceSource
{
    AudienceKind Kind { get; }

    IAsyncEnumerable<AudienceMember> StreamAsync(string id, CancellationToken cancellationToken);
}
