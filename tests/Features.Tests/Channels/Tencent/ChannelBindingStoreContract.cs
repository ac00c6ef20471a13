using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.Tencent;

/// <summary>
/// Binding's two tables on each provider: an account has at most one member and a member one account per channel;
/// a state and a ticket each work once, for 5 minutes, for their own channel.
/// </summary>
public abstract class ChannelBindingStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ManualClock _clock = new();
    private IDatabase _database = null!;
    private ChannelBindingStore _bindings = null!;
    private OAuthFlowStore _flows = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync(_clock);
        _bindings = new ChannelBindingStore(_database);
        _flows = new OAuthFlowStore(_database, _clock);
    }

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    protected abstract Task<IDatabase> CreateDatabaseAsync(TimeProvider clock);

    [Fact]
    public async Task An_account_binds_to_one_member_and_a_member_keeps_one_account_per_channel()
    {
        var now = _clock.GetUtcNow();
        Assert.Equal(BindOutcome.Bound, await _bindings.BindAccountAsync(BindingChannel.WeChat, "oA", "BJ-1", now, None));
        Assert.Equal(BindOutcome.AlreadyBound, await _bindings.BindAccountAsync(BindingChannel.WeChat, "oA", "BJ-1", now, None));
        Assert.Equal(BindOutcome.TakenByOther, await _bindings.BindAccountAsync(BindingChannel.WeChat, "oA", "BJ-2", now, None));
        Assert.Equal(BindOutcome.Bound, await _bindings.BindAccountAsync(BindingChannel.WeCom, "oA", "BJ-2", now, None));

        // A new WeChat account for BJ-1 replaces the old one.
        Assert.Equal(BindOutcome.Bound, await _bindings.BindAccountAsync(BindingChannel.WeChat, "oB", "BJ-1", now, None));
        Assert.Null(await _bindings.FindMemberAsync(BindingChannel.WeChat, "oA", None));
        Assert.Equal("BJ-1", await _bindings.FindMemberAsync(BindingChannel.WeChat, "oB", None));
        Assert.Equal("BJ-2", await _bindings.FindMemberAsync(BindingChannel.WeCom, "oA", None));
        // A WeCom userid writes as the same person in the app and through the intelligent robot: both are linked.
        Assert.Equal(["wecom/oA", "wecom-aibot/oA"], (await _bindings.LinkedAsync("BJ-2", None)).Select(k => k.Format()));
        Assert.Equal("BJ-2", await _bindings.MemberOfAsync(new EngageBot.Core.State.MemberKey("wecom-aibot", "oA"), None));

        Assert.True(await _bindings.UnbindAsync(BindingChannel.WeChat, "BJ-1", None));
        Assert.False(await _bindings.UnbindAsync(BindingChannel.WeChat, "BJ-1", None));
        Assert.Empty(await _bindings.ListForMemberAsync("BJ-1", None));
    }

    [Fact]
    public async Task Notices_look_up_accounts_to_members_and_members_to_accounts_in_batches()
    {
        var now = _clock.GetUtcNow();
        await _bindings.BindAccountAsync(BindingChannel.WeChat, "oM1", "BJ-1", now, None);
        await _bindings.BindAccountAsync(BindingChannel.WeCom, "m1", "BJ-1", now, None);
        await _bindings.BindAccountAsync(BindingChannel.WeChat, "oM2", "BJ-2", now, None);
        var lookups = new BoundAccountLookups(_database);

        var members = await lookups.MembersOfAsync(
            [new("wechat", "oM1"), new("wechat", "oM2"), new("wechat", "oNobody"), new("wecom", "m1"), new("wecom", "oM1"), new("engagebot", "dl_BJ-1")], None);
        Assert.Equal(["wechat/oM1=BJ-1", "wechat/oM2=BJ-2", "wecom/m1=BJ-1"], members.Select(p => $"{p.Key.Format()}={p.Value}").Order(StringComparer.Ordinal));

        var accounts = await lookups.AccountsOfAsync(["BJ-1", "BJ-2", "BJ-3"], None);
        Assert.Equal(["wechat/oM1", "wecom/m1"], accounts["BJ-1"].Select(k => k.Format()));
        Assert.Equal(["wechat/oM2"], accounts["BJ-2"].Select(k => k.Format()));
        Assert.False(accounts.ContainsKey("BJ-3"));
        Assert.Empty(await lookups.AccountsOfAsync([], None));
        Assert.Empty(await lookups.MembersOfAsync([], None));
    }

    [Fact]
    public async Task Concurrent_binds_of_one_account_leave_exactly_one_member()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            _bindings.BindAccountAsync(BindingChannel.WeChat, "oRace", $"BJ-{i}", _clock.GetUtcNow(), None)));

        Assert.Single(outcomes, o => o == BindOutcome.Bound);
        var owner = await _bindings.FindMemberAsync(BindingChannel.WeChat, "oRace", None);
        Assert.NotNull(owner);
    }

    [Fact]
    public async Task A_state_works_once_for_its_channel_within_five_minutes()
    {
        var state = await _flows.StartAsync(BindingChannel.WeChat, None);
        Assert.False(await _flows.IsPendingAsync(BindingChannel.WeCom, state, None));
        Assert.Null(await _flows.IdentifyAsync(BindingChannel.WeCom, state, "oA", None));
        Assert.True(await _flows.IsPendingAsync(BindingChannel.WeChat, state, None));

        var ticket = await _flows.IdentifyAsync(BindingChannel.WeChat, state, "oA", None);
        Assert.NotNull(ticket);
        Assert.Null(await _flows.IdentifyAsync(BindingChannel.WeChat, state, "oEvil", None));
        Assert.False(await _flows.IsPendingAsync(BindingChannel.WeChat, state, None));

        var late = await _flows.StartAsync(BindingChannel.WeChat, None);
        _clock.Advance(OAuthFlowStore.Lifetime + TimeSpan.FromMilliseconds(1));
        Assert.False(await _flows.IsPendingAsync(BindingChannel.WeChat, late, None));
        Assert.Null(await _flows.IdentifyAsync(BindingChannel.WeChat, late, "oA", None));
        Assert.Null(await _flows.IdentifyAsync(BindingChannel.WeChat, "never-issued", "oA", None));
    }

    [Fact]
    public async Task A_ticket_names_its_account_and_is_redeemed_once_within_five_minutes()
    {
        var ticket = (await _flows.IdentifyAsync(BindingChannel.WeCom, await _flows.StartAsync(BindingChannel.WeCom, None), "zhangsan", None))!;
        Assert.Equal((BindingChannel.WeCom, "zhangsan"), await _flows.FindTicketAsync(ticket, None));
        Assert.True(await _flows.RedeemAsync(ticket, None));
        Assert.False(await _flows.RedeemAsync(ticket, None));
        Assert.Null(await _flows.FindTicketAsync(ticket, None));

        var expiring = (await _flows.IdentifyAsync(BindingChannel.WeChat, await _flows.StartAsync(BindingChannel.WeChat, None), "oA", None))!;
        _clock.Advance(OAuthFlowStore.Lifetime + TimeSpan.FromMilliseconds(1));
        Assert.Null(await _flows.FindTicketAsync(expiring, None));
        Assert.False(await _flows.RedeemAsync(expiring, None));
    }
}

public sealed class SqliteChannelBindingStoreTests : ChannelBindingStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync(TimeProvider clock) => TestDatabases.SqliteAsync("bindings.db", clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresChannelBindingStoreTests(PostgresServer server) : ChannelBindingStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync(TimeProvider clock) => TestDatabases.PostgresAsync(server, clock);
}
