using EngageBot.Core.State;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// Writes a firing's recipients to the outbox page by page (never the whole audience in memory). Rows are keyed
/// by firing and member, so running this again after a crash, or reaching a member through two sources, adds
/// nothing twice. Every page passes the roster first (<see cref="RosterRecipients"/>): deactivated members are left
/// out, and rostered members who have not signed in yet get their copy held for their first sign-in. Members who
/// unsubscribed are written as skipped (so the report shows why), never sent a notice.
/// </summary>
public sealed class AudienceExpander(
    ReachableMembers reachable,
    RosterRecipients roster,
    IEnumerable<IAudienceSource> sources,
    IEnumerable<IReachableMembersSource> moreReachable,
    OutboxStore outbox,
    OutboxSignal signal,
    SubscriptionStore subscriptions,
    TimeProvider clock)
{
    private readonly Dictionary<AudienceKind, IAudienceSource> _sources = sources.ToDictionary(s => s.Kind);

    public bool Supports(AudienceKind kind) => _sources.ContainsKey(kind);

    /// <summary>Writes every recipient of <paramref name="notice"/> for <paramref name="firingId"/>; returns how many rows were new.</summary>
    public async Task<long> ExpandAsync(Notice notice, string firingId, CancellationToken cancellationToken)
    {
        var honour = notice.Kind == NoticeKinds.Notice;
        long added = 0;
        await foreach (var page in PagesAsync(notice.Audience, cancellationToken))
        {
            var (members, rostered) = await roster.SortAsync(page, cancellationToken);
            var resolved = await reachable.ResolveAsync(members, cancellationToken);
            // Notices honour the member's choice; reminders for their own sign-ups do not.
            var unsubscribed = honour ? await subscriptions.UnsubscribedAsync([.. resolved.Select(m => m.Member)], cancellationToken) : new HashSet<MemberKey>();
            var recipients = resolved.Select(m =>
            {
                var recipient = RosterRecipients.Recipient(m, rostered);
                return unsubscribed.Contains(m.Member) ? recipient with { SkipReason = "unsubscribed" } : recipient;
            });
            added += await outbox.AddAsync(notice.Id, firingId, [.. recipients], clock.GetUtcNow(), cancellationToken);
            signal.Notify();
        }

        return added;
    }

    /// <summary>Counts the audience without writing anything (preview).</summary>
    public async Task<long> CountAsync(NoticeAudience audience, CancellationToken cancellationToken)
    {
        var seen = new HashSet<MemberKey>();
        long count = 0;
        await foreach (var page in PagesAsync(audience, cancellationToken))
        {
            foreach (var member in (await roster.SortAsync(page, cancellationToken)).Members)
            {
                // Exact for audiences up to a million members; beyond that the preview is an upper bound.
                if (seen.Count < 1_000_000 ? seen.Add(member.Member) : true)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private async IAsyncEnumerable<IReadOnlyList<AudienceMember>> PagesAsync(
        NoticeAudience audience, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (audience.All == true)
        {
            await foreach (var page in reachable.StreamAllAsync(cancellationToken))
            {
                yield return page;
            }

            foreach (var source in moreReachable)
            {
                await foreach (var page in PagedAsync(source.StreamAsync(cancellationToken)))
                {
                    yield return page;
                }
            }
        }

        // Validated when the notice was created (NoticeService.Validate), so every key parses.
        foreach (var chunk in (audience.Conversations ?? []).Distinct(StringComparer.Ordinal).Chunk(ReachableMembers.PageSize))
        {
            yield return [.. chunk.Select(key => AudienceMember.ForConversation(ConversationKey.Parse(key)))];
        }

        foreach (var chunk in (audience.Members ?? []).Distinct(StringComparer.Ordinal).Chunk(ReachableMembers.PageSize))
        {
            yield return [.. chunk.Select(key => new AudienceMember(MemberKey.Parse(key)))];
        }

        foreach (var (kind, ids) in new[]
        {
            (AudienceKind.Groups, audience.Groups), (AudienceKind.Clubs, audience.Clubs), (AudienceKind.Activities, audience.Activities), (AudienceKind.Units, audience.Units),
        })
        {
            if (ids is null || ids.Count == 0)
            {
                continue;
            }

            var source = _sources.GetValueOrDefault(kind) ?? throw new InvalidOperationException($"No audience source for {kind} is registered.");
            foreach (var id in ids)
            {
                await foreach (var page in PagedAsync(source.StreamAsync(id, cancellationToken)))
                {
                    yield return page;
                }
            }
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<AudienceMember>> PagedAsync(IAsyncEnumerable<AudienceMember> members)
    {
        var page = new List<AudienceMember>(ReachableMembers.PageSize);
        await foreach (var member in members)
        {
            page.Add(member);
            if (page.Count == ReachableMembers.PageSize)
            {
                yield return page;
                page = new List<AudienceMember>(ReachableMembers.PageSize);
            }
        }

        if (page.Count > 0)
        {
            yield return page;
        }
    }
}
