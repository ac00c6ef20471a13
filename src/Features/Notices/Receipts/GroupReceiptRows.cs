using EngageBot.Core.State;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// The receipts report's rows for members of groups a notice was posted into (<see cref="GroupReceiptStore"/>): each
/// member's state is their own confirmation, else what became of the group post (sent → delivered, not confirmed).
/// Their pages come after the outbox's rows; the cursor of such a page is negative (minus the recipient row id), so
/// the report's one <c>after</c> says which part to go on with.
/// </summary>
public sealed class GroupReceiptRows(GroupReceiptStore store, OutboxDeliveries deliveries, ReceiptStore receipts, IMemberRoster roster)
{
    private const int Batch = 200;

    /// <summary>The group posts' outbox keys, so the report lists their members instead of the posts.</summary>
    public async Task<IReadOnlySet<MemberKey>> PostKeysAsync(string noticeId, CancellationToken cancellationToken) =>
        (await store.GroupsAsync(noticeId, cancellationToken)).Select(PostKey).ToHashSet();

    public static MemberKey PostKey(ConversationKey group) => new(group.ChannelId, group.ConversationId);

    /// <summary>Adds matching rows to <paramref name="rows"/> from recipient row <paramref name="after"/> on; returns the next (negative) cursor, or null at the end.</summary>
    public async Task<long?> FillAsync(
        string noticeId, Func<ReceiptRow, bool> matches, List<ReceiptRow> rows, int limit, long after, int maxScan, CancellationToken cancellationToken)
    {
        var posts = new Dictionary<ConversationKey, Delivery?>();
        var cursor = after;
        for (var scanned = 0; scanned < maxScan; scanned += Batch)
        {
            var page = await store.PageAsync(noticeId, cursor, Batch, cancellationToken);
            var confirmed = await receipts.AmongAsync(noticeId, [.. page.Select(r => r.Member)], cancellationToken);
            foreach (var recipient in page)
            {
                cursor = recipient.Id;
                if (!posts.TryGetValue(recipient.Group, out var post))
                {
                    post = posts[recipient.Group] = await deliveries.OfMemberAsync(noticeId, PostKey(recipient.Group), cancellationToken);
                }

                var row = await RowAsync(recipient, post, confirmed.GetValueOrDefault(recipient.Member), cancellationToken);
                if (matches(row))
                {
                    rows.Add(row);
                    if (rows.Count == limit)
                    {
                        return -cursor;
                    }
                }
            }

            if (page.Count < Batch)
            {
                return null;
            }
        }

        return -cursor;
    }

    /// <summary>Per group whose post reached it, the members who have not confirmed.</summary>
    public async Task<IReadOnlyList<(ConversationKey Group, IReadOnlyList<GroupRecipient> Members)>> UnconfirmedAsync(string noticeId, CancellationToken cancellationToken)
    {
        var byGroup = new Dictionary<ConversationKey, List<GroupRecipient>>();
        var reached = new Dictionary<ConversationKey, bool>();
        long cursor = 0;
        while (true)
        {
            var page = await store.PageAsync(noticeId, cursor, 500, cancellationToken);
            var confirmed = await receipts.AmongAsync(noticeId, [.. page.Select(r => r.Member)], cancellationToken);
            foreach (var recipient in page.Where(r => !confirmed.ContainsKey(r.Member)))
            {
                if (!reached.TryGetValue(recipient.Group, out var sent))
                {
                    sent = reached[recipient.Group] = (await deliveries.OfMemberAsync(noticeId, PostKey(recipient.Group), cancellationToken))?.Status == DeliveryStatus.Sent;
                }

                if (sent)
                {
                    (byGroup.TryGetValue(recipient.Group, out var members) ? members : byGroup[recipient.Group] = []).Add(recipient);
                }
            }

            if (page.Count < 500)
            {
                return [.. byGroup.Select(g => (g.Key, (IReadOnlyList<GroupRecipient>)g.Value))];
            }

            cursor = page[^1].Id;
        }
    }

    private async Task<ReceiptRow> RowAsync(GroupRecipient recipient, Delivery? post, Receipt? receipt, CancellationToken cancellationToken)
    {
        var number = MemberDirectChat.TryGetNumber(recipient.Member, out var n) ? n : null;
        var name = number is null ? null : (await roster.FindAsync(number, cancellationToken))?.Name;
        var state = receipt is not null ? ReceiptState.Confirmed : post?.Status switch
        {
            DeliveryStatus.Sent => ReceiptState.Unconfirmed,
            DeliveryStatus.Failed => ReceiptState.Failed,
            DeliveryStatus.Skipped => ReceiptState.Skipped,
            _ => ReceiptState.Pending,
        };
        return new ReceiptRow(recipient.Member.Format(), number, name ?? recipient.Name, ReceiptReport.Names.Of(state), post?.UpdatedAt ?? DateTimeOffset.MinValue,
            receipt?.ConfirmedAt, receipt?.Via, state is ReceiptState.Failed or ReceiptState.Skipped ? post?.Reason : null);
    }
}
