using EngageBot.Core.State;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Accounts on other channels that are the same person as a rostered member (a bound WeChat openid or WeCom userid):
/// a member's export and erasure reach them too.
/// </summary>
public interface IDataSubjectLinks
{
    Task<IReadOnlyList<MemberKey>> LinkedAsync(string memberNumber, CancellationToken cancellationToken);

    /// <summary>The member number an account is bound to, or null.</summary>
    Task<string?> MemberOfAsync(MemberKey account, CancellationToken cancellationToken);
}
