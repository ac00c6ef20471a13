using EngageBot.Core.State;
using EngageBot.Features.Members;
using System.Runtime.CompilerServices;

namespace EngageBot.Features.Notices;

/// <summary>
/// Members the service can reach on its own: everyone with a stored 1:1 conversation reference (anyone who has
/// talked to the bot on any channel), paged by key; and the lookup of one member's conversation. Both are asked of
/// the core's <see cref="ConversationDirectory"/>, which owns the references. A channel account bound to a roster
/// member (<see cref="IBoundAccounts"/>) is that member: listed under the member's key, and the member is reached on
/// the bound account's chat, so whichever source names them, the outbox keys them once and sends there.
/// </summary>
public sealed class ReachableMembers(ConversationDirectory conversations, IEnumerable<IBoundAccounts> boundAccounts)
{
    public const int PageSize = 1000;

    private readonly IBoundAccounts? _bound = boundAccounts.FirstOrDefault();

    public async IAsyncEnumerable<IReadOnlyList<AudienceMember>> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DirectConversation? after = null;
        while (true)
        {
            var page = await conversations.DirectPageAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var members = _bound is null
                ? new Dictionary<MemberKey, string>()
                : await _bound.MembersOfAsync([.. page.Select(d => d.Member)], cancellationToken);
            yield return [.. page.Select(d => members.TryGetValue(d.Member, out var number)
                ? new AudienceMember(MemberDirectChat.MemberKey(number), d.Conversation, d.Member)
                : new AudienceMember(d.Member, d.Conversation))];
            after = page[^1];
        }
    }

    /// <summary>
    /// Fills in each member's latest 1:1 conversation where the source did not give one; a roster member with a bound
    /// account that has a chat is reached there whatever the source gave (where they actually are, and one
    /// conversation per member however many sources list them).
    /// </summary>
    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(IReadOnlyList<AudienceMember> members, CancellationToken cancellationToken)
    {
        var onBound = await BoundConversationsAsync(members, cancellationToken);
        var missing = members.Where(m => m.Conversation is null && !onBound.ContainsKey(m.Member)).Select(m => m.Member).Distinct().ToList();
        if (missing.Count == 0 && onBound.Count == 0)
        {
            return members;
        }

        var latest = await conversations.LatestDirectAsync(missing, cancellationToken);
        var found = missing.Zip(latest).ToDictionary(p => p.First, p => p.Second);
        return [.. members.Select(m =>
            onBound.TryGetValue(m.Member, out var bound) ? m with { Conversation = bound.Conversation, ConversationMember = bound.Member }
            : m.Conversation is not null ? m
            : m with { Conversation = found[m.Member] })];
    }

    /// <summary>For the roster members on the page with a bound account that has a 1:1 chat: the first such chat.</summary>
    private async Task<IReadOnlyDictionary<MemberKey, DirectConversation>> BoundConversationsAsync(
        IReadOnlyList<AudienceMember> members, CancellationToken cancellationToken)
    {
        var chats = new Dictionary<MemberKey, DirectConversation>();
        var numbers = new Dictionary<MemberKey, string>();
        foreach (var member in members)
        {
            if (MemberDirectChat.TryGetNumber(member.Member, out var number))
            {
                numbers[member.Member] = number;
            }
        }

        if (_bound is null || numbers.Count == 0)
        {
            return chats;
        }

        var accounts = await _bound.AccountsOfAsync([.. numbers.Values.Distinct(StringComparer.Ordinal)], cancellationToken);
        if (accounts.Count == 0)
        {
            return chats;
        }

        var flat = accounts.SelectMany(p => p.Value.Select(account => (Number: p.Key, Account: account))).ToList();
        var latest = await conversations.LatestDirectAsync([.. flat.Select(f => f.Account)], cancellationToken);
        var byNumber = new Dictionary<string, DirectConversation>(StringComparer.Ordinal);
        foreach (var ((number, account), conversation) in flat.Zip(latest))
        {
            if (conversation is { } chat)
            {
                byNumber.TryAdd(number, new DirectConversation(account, chat));
            }
        }

        foreach (var (key, number) in numbers)
        {
            if (byNumber.TryGetValue(number, out var chat))
            {
                chats[key] = chat;
            }
        }

        return chats;
    }
}
