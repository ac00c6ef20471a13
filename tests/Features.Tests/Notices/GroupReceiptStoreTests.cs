using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Notices;

/// <summary>
/// The members of a group a receipt-asking notice was posted into (250), on both providers: recorded once however
/// often the firing runs, paged in row order, and "收到" typed in that group finds the newest open notice there only.
/// </summary>
public abstract class GroupReceiptStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Group = new("engagebot", "g_yoga");
    private static readonly ConversationKey Other = new("engagebot", "g_chess");
    private static readonly MemberKey Zhang = new("engagebot", "dl_P1");
    private static readonly MemberKey Li = new("engagebot", "dl_P2");

    private IDatabase _database = null!;

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    private NoticeStore Notices => new(_database, new OutboxDeliveries(_database));

    private static Notice Posted(string id, DateTimeOffset created, ConversationKey group, NoticeStatus status = NoticeStatus.Done) =>
        new(id, NoticeKinds.Notice, "周五体检请空腹", null, null, new NoticeAudience { Conversations = [group.Format()] },
            created, null, "Asia/Shanghai", false, status, created, "staff")
        {
            AsksReceipt = true,
        };

    [Fact]
    public async Task Recording_the_members_again_adds_nothing_and_pages_follow_row_order()
    {
        var store = new GroupReceiptStore(_database);
        var first = await store.AddAsync("n1", Group, [(Zhang, "张一"), (Li, "李二")], CancellationToken.None);
        var again = await store.AddAsync("n1", Group, [(Zhang, "张一"), (Li, "李二 (改名)")], CancellationToken.None);
        var page1 = await store.PageAsync("n1", 0, 1, CancellationToken.None);
        var page2 = await store.PageAsync("n1", page1[0].Id, 10, CancellationToken.None);

        Assert.Equal((2, 0), (first, again));
        Assert.Equal((Group, Zhang, "张一"), (page1[0].Group, page1[0].Member, page1[0].Name));
        Assert.Equal((Li, "李二"), (Assert.Single(page2).Member, page2[0].Name));
        Assert.Equal([Group], await store.GroupsAsync("n1", CancellationToken.None));
        Assert.Empty(await store.GroupsAsync("n2", CancellationToken.None));
    }

    [Fact]
    public async Task Each_group_counts_its_members_and_those_who_confirmed_for_the_progress_line_and_the_totals()
    {
        var store = new GroupReceiptStore(_database);
        var receipts = new ReceiptStore(_database);
        await store.AddAsync("n1", Group, [(Zhang, "张一"), (Li, "李二")], CancellationToken.None);
        await store.AddAsync("n1", Other, [(Zhang, "张一")], CancellationToken.None);
        await store.AddAsync("n2", Group, [(Li, "李二")], CancellationToken.None);
        await receipts.ConfirmAsync("n1", Zhang, "text", Now, CancellationToken.None);
        await receipts.ConfirmAsync("n2", Zhang, "text", Now, CancellationToken.None); // not n2's recipient in any group

        var counts = await store.CountAsync("n1", CancellationToken.None);

        Assert.Equal(
            [new GroupReceiptCount(Other, 1, 1), new GroupReceiptCount(Group, 2, 1)],
            counts.OrderBy(c => c.Group.Format(), StringComparer.Ordinal));
        Assert.Equal([new GroupReceiptCount(Group, 1, 0)], await store.CountAsync("n2", CancellationToken.None));
        Assert.Empty(await store.CountAsync("n3", CancellationToken.None));
    }

    [Fact]
    public async Task A_typed_收到_in_a_group_finds_the_newest_unconfirmed_notice_posted_there_only()
    {
        var store = new GroupReceiptStore(_database);
        var receipts = new ReceiptStore(_database);
        await Notices.AddAsync(Posted("old", Now, Group), CancellationToken.None);
        await Notices.AddAsync(Posted("new", Now.AddHours(1), Group), CancellationToken.None);
        await Notices.AddAsync(Posted("chess", Now.AddHours(2), Other), CancellationToken.None);
        await Notices.AddAsync(Posted("gone", Now.AddHours(3), Group, NoticeStatus.Cancelled), CancellationToken.None);
        foreach (var (id, group) in new[] { ("old", Group), ("new", Group), ("chess", Other), ("gone", Group) })
        {
            await store.AddAsync(id, group, [(Zhang, "张一")], CancellationToken.None);
        }

        Assert.Equal("new", await store.OpenInGroupAsync(Group, Zhang, Now.AddDays(-30), CancellationToken.None));
        await receipts.ConfirmAsync("new", Zhang, "text", Now.AddHours(4), CancellationToken.None);
        Assert.Equal("old", await store.OpenInGroupAsync(Group, Zhang, Now.AddDays(-30), CancellationToken.None));
        Assert.Null(await store.OpenInGroupAsync(Group, Zhang, Now.AddMinutes(30), CancellationToken.None)); // "old" is before the window
        Assert.Null(await store.OpenInGroupAsync(Group, Li, Now.AddDays(-30), CancellationToken.None)); // not a recipient
        Assert.Equal("chess", await store.OpenInGroupAsync(Other, Zhang, Now.AddDays(-30), CancellationToken.None));
    }
}

public sealed class SqliteGroupReceiptStoreTests : GroupReceiptStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("group-receipts.db");
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresGroupReceiptStoreTests(PostgresServer server) : GroupReceiptStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);
}
