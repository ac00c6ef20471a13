using EngageBot.Core.State;
using System.Runtime.CompilerServices;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Notices;

public sealed class ExpansionTests
{
    private static readonly DateTimeOffset Noon = ManualClock.Shanghai(2026, 11, 20, 12, 0);

    [Fact]
    public async Task A_firing_interrupted_mid_expansion_is_finished_by_the_recovered_run_without_duplicates()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(10);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        var firingId = notice.Id + "@" + Noon.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // What a crash half-way through the first page leaves: the firing marked expanding, three rows written.
        await harness.Get<FiringStore>().PutAsync(firingId, notice.Id, Noon, Noon, FiringStatus.Expanding, null, CancellationToken.None);
        await harness.Get<OutboxStore>().AddAsync(notice.Id, firingId,
            [.. Enumerable.Range(0, 3).Select(i => new OutboxRecipient(new MemberKey("emulator", $"u{i:D4}"), new ConversationKey("emulator", $"conv-u{i:D4}")))], Noon, CancellationToken.None);

        // Quartz recovers the job long after (the restart took an hour): an interrupted firing still completes.
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var result = await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(FiringResult.Expanded, result);
        Assert.Equal(10, harness.Scalar("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(10, harness.Sink.Sent.Count);
        Assert.Equal(10, harness.Scalar($"SELECT recipients FROM notice_firings WHERE id = '{firingId}'"));
    }

    private sealed class GroupMembers : IReachableMembersSource
    {
        public async IAsyncEnumerable<AudienceMember> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new AudienceMember(new MemberKey("emulator", "u0000")); // also has a 1:1 conversation
            // A group conversation: its reference is stored under the group, which the source says (layout E).
            yield return new AudienceMember(new MemberKey("emulator", "g-only"), new ConversationKey("emulator", "conv-g-only"), new MemberKey("emulator", "conv-g-only"));
        }
    }

    [Fact]
    public async Task All_also_reaches_members_from_registered_sources_once()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon, configure: s => s.AddSingleton<IReachableMembersSource, GroupMembers>());
        await harness.AddMembersAsync(2);
        await harness.AddMemberAsync("g-only", isGroup: true); // reachable only through the group source
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(3, harness.Sink.Sent.Count);
        Assert.All(harness.Sink.CountsByConversation().Values, c => Assert.Equal(1, c));
    }
}
