using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// What the roster says about a page of recipients, whatever audience they came from: a deactivated member gets no
/// notice; an active one with no conversation yet (never signed in) gets it held in their 1:1 chat on the built-in
/// channel, which exists from their first sign-in, instead of failing as unreachable.
/// </summary>
public sealed class RosterRecipients(IRosterAudience roster)
{
    /// <summary>The page without deactivated members, and the member keys of those on it who are active on the roster.</summary>
    public async Task<(IReadOnlyList<AudienceMember> Members, IReadOnlySet<MemberKey> Rostered)> SortAsync(
        IReadOnlyList<AudienceMember> page, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<MemberKey, string>();
        foreach (var member in page)
        {
            if (MemberDirectChat.TryGetNumber(member.Member, out var number))
            {
                numbers[member.Member] = number;
            }
        }

        if (numbers.Count == 0)
        {
            return (page, new HashSet<MemberKey>());
        }

        var statuses = await roster.StatusesAsync(numbers.Values, cancellationToken);
        MemberStatus? StatusOf(MemberKey key) => numbers.TryGetValue(key, out var n) && statuses.TryGetValue(n, out var s) ? s : null;
        return ([.. page.Where(m => StatusOf(m.Member) != MemberStatus.Deactivated)],
            numbers.Keys.Where(k => StatusOf(k) == MemberStatus.Active).ToHashSet());
    }

    /// <summary>The outbox row for a resolved member: held for first sign-in when rostered and not reachable yet.</summary>
    public static OutboxRecipient Recipient(AudienceMember member, IReadOnlySet<MemberKey> rostered) =>
        member.Conversation is null && rostered.Contains(member.Member) && MemberDirectChat.TryGetNumber(member.Member, out var number)
            ? new OutboxRecipient(member.Member, MemberDirectChat.Conversation(number),
                JsonSerializer.Serialize(MemberDirectChat.Reference(number), ProtocolJson.Default.ConversationReference))
            {
                ReferenceMember = ReferenceColumns.MemberOf(MemberDirectChat.Conversation(number), MemberDirectChat.Reference(number)),
            }
            : new OutboxRecipient(member.Member, member.Conversation) { ReferenceMember = member.ReferenceMember };
}
