using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Members;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>Notices held for a member's first sign-in ("waiting"): written, reported, and released by conversation, on each provider.</summary>
public abstract class HeldNoticesContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    protected IDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    private static OutboxRecipient Held(string number) => new(MemberDirectChat.MemberKey(number), MemberDirectChat.Conversation(number),
        JsonSerializer.Serialize(MemberDirectChat.Reference(number), ProtocolJson.Default.ConversationReference));

    private WaitingDeliveries Waiting => new(Database, new OutboxSignal(), new ManualClock(Now));

    private async Task<NoticeReport> ReportAsync() => await new NoticeStore(Database, new OutboxDeliveries(Database)).ReportAsync("n1", CancellationToken.None);

    [Fact]
    public async Task Held_rows_are_reported_as_waiting_and_a_chat_that_starts_releases_only_its_own()
    {
        var outbox = new OutboxStore(Database);
        await outbox.AddAsync("n1", "n1@1", [Held("BJ-1"), Held("BJ-2"), new OutboxRecipient(new MemberKey("emulator", "u1"), new ConversationKey("emulator", "c1"))], Now, CancellationToken.None);

        var before = await ReportAsync();
        var listed = await new OutboxDeliveries(Database).ListAsync("n1", DeliveryStatus.WaitingForSignIn, 0, 10, CancellationToken.None);
        var released = await Waiting.ReleaseAsync(MemberDirectChat.Conversation("BJ-1"), CancellationToken.None);
        var again = await Waiting.ReleaseAsync(MemberDirectChat.Conversation("BJ-1"), CancellationToken.None);
        var claimed = await outbox.ClaimAsync(10, Now, Now.AddMinutes(1), CancellationToken.None);

        Assert.Equal(new NoticeReport(3, 0, 1, 0, 0, 2), before);
        Assert.Equal([MemberDirectChat.MemberKey("BJ-1"), MemberDirectChat.MemberKey("BJ-2")], listed.Select(d => d.MemberKey));
        Assert.All(listed, d => Assert.Equal(DeliveryStatus.WaitingForSignIn, d.Status));
        Assert.Equal((1, 0), (released, again));
        Assert.Equal(new HashSet<string> { "emulator/u1", MemberDirectChat.MemberKey("BJ-1").Format() }, claimed.Select(c => c.MemberKey.Format()).ToHashSet());
        var held = claimed.Single(c => c.MemberKey == MemberDirectChat.MemberKey("BJ-1"));
        Assert.Equal(MemberDirectChat.Reference("BJ-1").Conversation.Id, JsonSerializer.Deserialize(held.ReferenceJson!, ProtocolJson.Default.ConversationReference)!.Conversation.Id);
        Assert.Equal(new NoticeReport(3, 0, 2, 0, 0, 1), await ReportAsync());
    }

    [Fact]
    public async Task The_start_up_sweep_releases_rows_whose_chat_started_meanwhile()
    {
        await new OutboxStore(Database).AddAsync("n1", "n1@1", [Held("BJ-1"), Held("BJ-2")], Now, CancellationToken.None);
        var reference = MemberDirectChat.Reference("BJ-2");
        await new StateStore(Database, new ManualClock(Now)).CommitAsync(new TurnCommit(null, [], [], new ConversationReferenceRecord(
            MemberDirectChat.Conversation("BJ-2"), reference)), CancellationToken.None);

        Assert.Equal(1, await Waiting.ReleaseStartedAsync(CancellationToken.None));
        Assert.Equal(new NoticeReport(2, 0, 1, 0, 0, 1), await ReportAsync());
    }

    [Fact]
    public async Task An_unsubscribed_member_is_skipped_rather_than_held()
    {
        // Notices decides who unsubscribed (its own table); the outbox records that recipient as skipped, not waiting.
        var subscriptions = new SubscriptionStore(Database, new ManualClock(Now));
        await subscriptions.SetAsync(MemberDirectChat.MemberKey("BJ-1"), false, CancellationToken.None);
        var unsubscribed = await subscriptions.UnsubscribedAsync([MemberDirectChat.MemberKey("BJ-1"), MemberDirectChat.MemberKey("BJ-2")], CancellationToken.None);
        await new OutboxStore(Database).AddAsync(
            "n1", "n1@1", [.. new[] { Held("BJ-1"), Held("BJ-2") }.Select(r => unsubscribed.Contains(r.MemberKey) ? r with { SkipReason = "unsubscribed" } : r)],
            Now, CancellationToken.None);

        Assert.Equal([MemberDirectChat.MemberKey("BJ-1")], unsubscribed.ToArray());
        Assert.Equal(new NoticeReport(2, 0, 0, 0, 1, 1), await ReportAsync());
    }
}
