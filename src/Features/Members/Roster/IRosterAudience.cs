namespace EngageBot.Features.Members.Roster;

/// <summary>The roster as notices see it: who is active in a unit (or at all), and which members are deactivated.</summary>
public interface IRosterAudience
{
    /// <summary>The member numbers of active members in <paramref name="unit"/> and every unit under it (every unit when null), in number order.</summary>
    IAsyncEnumerable<string> StreamActiveAsync(string? unit, CancellationToken cancellationToken);

    /// <summary>True when any member (active or not) belongs to the unit or a unit under it.</summary>
    Task<bool> HasUnitAsync(string unit, CancellationToken cancellationToken);

    /// <summary>The status of each of these member numbers that is on the roster; numbers not on it are left out.</summary>
    Task<IReadOnlyDictionary<string, MemberStatus>> StatusesAsync(IReadOnlyCollection<string> memberNumbers, CancellationToken cancellationToken);
}
