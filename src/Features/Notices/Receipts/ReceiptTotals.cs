using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// A receipt notice's totals counted per member, as its report lists them: the outbox counts a group post as one
/// delivery, so each group post is taken out and its members (as recorded when it was posted) put in, in the state of
/// that post (posted → delivered). Confirmed members are among the delivered, so unconfirmed = delivered − confirmed.
/// </summary>
public sealed class ReceiptTotals(OutboxDeliveries deliveries, GroupReceiptStore groups, NoticeStore notices)
{
    public async Task<ReceiptTotalsView> CountAsync(string noticeId, CancellationToken cancellationToken)
    {
        var counts = await deliveries.CountAsync(noticeId, cancellationToken);
        var byStatus = new Dictionary<DeliveryStatus, long>
        {
            [DeliveryStatus.Sent] = counts.Sent, [DeliveryStatus.Pending] = counts.Pending, [DeliveryStatus.Failed] = counts.Failed,
            [DeliveryStatus.Skipped] = counts.Skipped, [DeliveryStatus.WaitingForSignIn] = counts.WaitingForSignIn,
        };
        var inGroups = await groups.CountAsync(noticeId, cancellationToken);
        foreach (var group in inGroups)
        {
            // Not posted yet: its members wait with it (pending).
            var post = await deliveries.OfMemberAsync(noticeId, GroupReceiptRows.PostKey(group.Group), cancellationToken);
            var status = post?.Status ?? DeliveryStatus.Pending;
            if (post is not null)
            {
                byStatus[status]--;
            }

            byStatus[status] += group.Members;
        }

        var confirmed = await notices.CountConfirmedAsync(noticeId, cancellationToken);
        var delivered = byStatus[DeliveryStatus.Sent];
        return new ReceiptTotalsView(
            byStatus.Values.Sum(), delivered, confirmed, Math.Max(0, delivered - confirmed), byStatus[DeliveryStatus.Failed],
            byStatus[DeliveryStatus.Pending] + byStatus[DeliveryStatus.WaitingForSignIn], byStatus[DeliveryStatus.Skipped],
            inGroups.Count, inGroups.Sum(g => g.Members));
    }
}

/// <summary>
/// A receipt notice's totals per member (a group post counts its members, not 1): <c>members</c> it was meant for,
/// <c>delivered</c> (of whom <c>confirmed</c> and <c>unconfirmed</c>), <c>failed</c>, <c>pending</c> (incl. waiting for a
/// first sign-in), <c>skipped</c>; <c>groupPosts</c> groups it was posted into, whose <c>groupMembers</c> are counted in.
/// </summary>
public sealed record ReceiptTotalsView(
    long Members, long Delivered, long Confirmed, long Unconfirmed, long Failed, long Pending, long Skipped, long GroupPosts, long GroupMembers);
