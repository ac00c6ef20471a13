using EngageBot.Core.State;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// The receipts report of a notice, member by member: its recipients as the outbox lists them (keyset pages by
/// row), joined with the confirmations and the roster's names. A search or state filter scans at most
/// <see cref="MaxScan"/> rows per call and returns where it stopped, so a page never takes unbounded time. A notice
/// posted into a group lists the group's members (<see cref="GroupReceiptRows"/>, after the outbox's rows) instead of the post.
/// </summary>
public sealed class ReceiptReport(OutboxDeliveries deliveries, ReceiptStore receipts, IMemberRoster roster, GroupReceiptRows groups)
{
    public const int MaxScan = 5000;
    private const int Batch = 200;

    public async Task<ReceiptPage> PageAsync(string noticeId, ReceiptState? state, string? query, long after, int limit, CancellationToken cancellationToken)
    {
        var filter = state switch
        {
            ReceiptState.Unconfirmed => DeliveryStatus.Sent,
            ReceiptState.Failed => DeliveryStatus.Failed,
            ReceiptState.Skipped => DeliveryStatus.Skipped,
            _ => (DeliveryStatus?)null,
        };
        var rows = new List<ReceiptRow>(limit);
        bool Wanted(ReceiptRow row) => (state is null || row.State == Names.Of(state.Value)) && Matches(row, query);
        if (after < 0)
        {
            return new ReceiptPage(rows, await groups.FillAsync(noticeId, Wanted, rows, limit, -after, MaxScan, cancellationToken));
        }

        var posts = await groups.PostKeysAsync(noticeId, cancellationToken);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        var cursor = after;
        for (var scanned = 0; scanned < MaxScan;)
        {
            var page = await deliveries.ListAsync(noticeId, filter, cursor, Batch, cancellationToken);
            var confirmed = await receipts.AmongAsync(noticeId, [.. page.Select(d => d.MemberKey)], cancellationToken);
            foreach (var delivery in page)
            {
                cursor = delivery.Id;
                if (posts.Contains(delivery.MemberKey))
                {
                    continue; // a group post: its members are listed after these rows
                }

                var row = await RowAsync(delivery, confirmed.GetValueOrDefault(delivery.MemberKey), names, cancellationToken);
                if (Wanted(row))
                {
                    rows.Add(row);
                    if (rows.Count == limit)
                    {
                        return new ReceiptPage(rows, cursor);
                    }
                }
            }

            if (page.Count < Batch)
            {
                return new ReceiptPage(rows, posts.Count == 0 ? null : await groups.FillAsync(noticeId, Wanted, rows, limit, 0, MaxScan - scanned, cancellationToken));
            }

            scanned += page.Count;
        }

        return new ReceiptPage(rows, cursor);
    }

    /// <summary>Every member who got the notice 1:1 and has not confirmed it (the audience of a reminder round); a group's members: <see cref="GroupReceiptRows.UnconfirmedAsync"/>.</summary>
    public async Task<IReadOnlyList<MemberKey>> UnconfirmedAsync(string noticeId, CancellationToken cancellationToken)
    {
        var posts = await groups.PostKeysAsync(noticeId, cancellationToken);
        var members = new List<MemberKey>();
        long cursor = 0;
        while (true)
        {
            var page = await deliveries.ListAsync(noticeId, DeliveryStatus.Sent, cursor, 500, cancellationToken);
            var confirmed = await receipts.AmongAsync(noticeId, [.. page.Select(d => d.MemberKey)], cancellationToken);
            members.AddRange(page.Select(d => d.MemberKey).Where(m => !confirmed.ContainsKey(m) && !posts.Contains(m)));
            if (page.Count < 500)
            {
                return [.. members.Distinct()];
            }

            cursor = page[^1].Id;
        }
    }

    private async Task<ReceiptRow> RowAsync(Delivery delivery, Receipt? receipt, Dictionary<string, string?> names, CancellationToken cancellationToken)
    {
        string? name = null;
        var number = MemberDirectChat.TryGetNumber(delivery.MemberKey, out var n) ? n : null;
        if (number is not null && !names.TryGetValue(number, out name))
        {
            name = names[number] = (await roster.FindAsync(number, cancellationToken))?.Name;
        }

        var state = receipt is not null ? ReceiptState.Confirmed : delivery.Status switch
        {
            DeliveryStatus.Sent => ReceiptState.Unconfirmed,
            DeliveryStatus.Failed => ReceiptState.Failed,
            DeliveryStatus.Skipped => ReceiptState.Skipped,
            _ => ReceiptState.Pending,
        };
        return new ReceiptRow(delivery.MemberKey.Format(), number, name, Names.Of(state), delivery.UpdatedAt, receipt?.ConfirmedAt, receipt?.Via,
            state is ReceiptState.Failed or ReceiptState.Skipped ? delivery.Reason : null);
    }

    private static bool Matches(ReceiptRow row, string? query) =>
        string.IsNullOrWhiteSpace(query)
        || row.Member.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)
        || row.MemberNumber?.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase) == true
        || row.Name?.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The states' names in the API and the console.</summary>
    public static class Names
    {
        public static string Of(ReceiptState state) => state.ToString().ToLowerInvariant();

        public static ReceiptState? Parse(string? name) =>
            Enum.GetValues<ReceiptState>().Where(s => Of(s) == name).Select(s => (ReceiptState?)s).FirstOrDefault();
    }
}
