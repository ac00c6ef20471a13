using EngageBot.Core.State;

namespace EngageBot.Features.Notices;

/// <summary>
/// Channel accounts bound to a roster member (a WeChat openid, a WeCom userid), as the channel that binds them
/// answers. Notices reach such a member once, keyed by their roster member key, on the bound account's chat
/// (<see cref="ReachableMembers"/>). Without a binding feature nothing is bound and nothing changes.
/// </summary>
public interface IBoundAccounts
{
    /// <summary>The member number each of <paramref name="accounts"/> is bound to; unbound accounts are left out.</summary>
    Task<IReadOnlyDictionary<MemberKey, string>> MembersOfAsync(IReadOnlyCollection<MemberKey> accounts, CancellationToken cancellationToken);

    /// <summary>Each member's bound accounts, in the order to try them; members with none are left out.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<MemberKey>>> AccountsOfAsync(IReadOnlyCollection<string> memberNumbers, CancellationToken cancellationToken);
}
