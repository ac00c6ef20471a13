using EngageBot.Core.State;
using System.Runtime.CompilerServices;

namespace EngageBot.Features.Notices;

/// <summary>
/// Members the service can reach on its own: everyone with a stored 1:1 conversation reference (anyone who has
/// talked to the bot on any channel), paged by key; and the lookup of one member's conversation. Both are asked of
/// the core's <see cref="ConversationDirectory"/>, which owns the references.
/// </summary>
public sealed class ReachableMembers(ConversationDirectory conversations)
{
    public const int PageSize = 1000;

    public async IAsyncEnumerable<IReadOnlyList<AudienceMember>> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ConversationKey? after = null;
        while (true)
        {
            var page = await conversations.DirectPageAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            yield return [.. page.Select(d => new AudienceMember(d.Member, d.Conversation))];
            after = page[^1].Conversation;
        }
    }

    /// <summary>Fills in each member's latest 1:1 conversation where the source did not give one.</summary>
    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(IReadOnlyList<AudienceMember> members, CancellationToken cancellationToken)
    {
        var missing = members.Where(m => m.Conversation is null).ToList();
        if (missing.Count == 0)
        {
            return members;
        }

        var found = await conversations.LatestDirectAsync([.. missing.Select(m => m.Member)], cancellationToken);
        var next = 0;
        return [.. members.Select(m => m.Conversation is not null ? m : m with { Conversation = found[next++] })];
    }
}
