using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Notices;

/// <summary>
/// The receipts' tables (165) and the notice columns they add, on both providers: confirming twice keeps the
/// first, open notices are the member's unconfirmed receipt notices, and the outbox says which reached them.
/// </summary>
public abstract class ReceiptStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly MemberKey Alice = new("emulator", "alice");
    private static readonly MemberKey Bob = new("emulator", "bob");

    private IDatabase _database = null!;

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    private NoticeStore Notices => new(_database, new OutboxDeliveries(_database));

    private static Notice NewNotice(string id, DateTimeOffset created, bool receipt, string kind = NoticeKinds.Notice, string? reminds = null) =>
        new(id, kind, "周五体检请空腹", "Fast before Friday's check-up", null, new NoticeAudience { Members = [Alice.Format(), Bob.Format()] },
            created, null, "Asia/Shanghai", false, NoticeStatus.Scheduled, created, "staff")
        {
            AsksReceipt = receipt,
            RemindAfter = receipt ? TimeSpan.FromHours(2) : null,
            Reminds = reminds,
        };

    [Fact]
    public async Task A_notice_keeps_its_receipt_settings_and_confirming_twice_keeps_the_first_confirmation()
    {
        await Notices.AddAsync(NewNotice("n1", Now, receipt: true), CancellationToken.None);
        var receipts = new ReceiptStore(_database);

        var first = await receipts.ConfirmAsync("n1", Alice, "button", Now.AddMinutes(1), CancellationToken.None);
        var again = await receipts.ConfirmAsync("n1", Alice, "text", Now.AddMinutes(5), CancellationToken.None);
        var stored = await Notices.GetAsync("n1", CancellationToken.None);
        var among = await receipts.AmongAsync("n1", [Alice, Bob], CancellationToken.None);

        Assert.True(first);
        Assert.False(again);
        Assert.Equal((true, TimeSpan.FromHours(2), "n1"), (stored!.AsksReceipt, stored.RemindAfter, stored.ConfirmsNotice));
        var receipt = Assert.Single(among);
        Assert.Equal((Alice, Now.AddMinutes(1), "button"), (receipt.Key, receipt.Value.ConfirmedAt, receipt.Value.Via));
        Assert.Equal(1, await Notices.CountConfirmedAsync("n1", CancellationToken.None));
        Assert.Equal("n1", await receipts.LastConfirmedAsync(Alice, Now, CancellationToken.None));
        Assert.Null(await receipts.LastConfirmedAsync(Alice, Now.AddMinutes(2), CancellationToken.None));
        Assert.Null(await receipts.LastConfirmedAsync(Bob, Now, CancellationToken.None));
    }

    [Fact]
    public async Task Open_notices_are_the_members_unconfirmed_receipt_notices_newest_first_and_reminder_rounds_are_counted()
    {
        await Notices.AddAsync(NewNotice("old", Now.AddDays(-40), receipt: true), CancellationToken.None);
        await Notices.AddAsync(NewNotice("plain", Now, receipt: false), CancellationToken.None);
        await Notices.AddAsync(NewNotice("a", Now.AddHours(1), receipt: true), CancellationToken.None);
        await Notices.AddAsync(NewNotice("b", Now.AddHours(2), receipt: true), CancellationToken.None);
        await Notices.AddAsync(NewNotice("a-r1", Now.AddHours(3), receipt: false, NoticeKinds.ReceiptReminder, reminds: "a"), CancellationToken.None);
        await Notices.AddAsync(NewNotice(ReceiptReminders.AutoRoundId("a"), Now.AddHours(3), receipt: false, NoticeKinds.ReceiptReminder, reminds: "a"), CancellationToken.None);
        var receipts = new ReceiptStore(_database);
        await receipts.ConfirmAsync("b", Bob, "text", Now, CancellationToken.None);

        var alice = await receipts.OpenForAsync(Alice, Now.AddDays(-30), CancellationToken.None);
        var bob = await receipts.OpenForAsync(Bob, Now.AddDays(-30), CancellationToken.None);
        var reminder = await Notices.GetAsync("a-r1", CancellationToken.None);

        Assert.Equal(["b", "a"], alice);
        Assert.Equal(["a"], bob);
        Assert.Equal(1, await receipts.CountRoundsAsync("a", CancellationToken.None));
        Assert.Equal(("a", false), (reminder!.ConfirmsNotice, reminder.AsksReceipt));
    }

    [Fact]
    public async Task A_members_receipts_are_in_their_data_export_and_go_with_an_erasure()
    {
        var receipts = new ReceiptStore(_database);
        await receipts.ConfirmAsync("n1", Alice, "text", Now, CancellationToken.None);
        await receipts.ConfirmAsync("n1", Bob, "text", Now, CancellationToken.None);
        var subject = new EngageBot.Core.Privacy.DataSubject("A001", Alice, new ConversationKey("emulator", "conv-alice"));
        var data = new NoticesPersonalData();

        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        var exported = await data.ExportAsync(subject, connection, CancellationToken.None);
        var erased = await _database.WriteAsync(
            async (c, t) => await data.EraseAsync(subject, c, t, Now.ToUnixTimeMilliseconds(), CancellationToken.None), CancellationToken.None);

        Assert.Single(Assert.Single(exported, set => set.Name == "noticeReceipts").Rows);
        Assert.Equal(1, Assert.Single(erased, e => e.Name == "noticeReceipts").Deleted);
        Assert.Empty(await receipts.AmongAsync("n1", [Alice], CancellationToken.None));
        Assert.Single(await receipts.AmongAsync("n1", [Bob], CancellationToken.None));
    }

    [Fact]
    public async Task The_outbox_says_which_notices_were_sent_to_a_member()
    {
        var outbox = new OutboxStore(_database);
        var conversation = new ConversationKey("emulator", "conv-alice");
        await outbox.AddAsync("a", "a@1", [new OutboxRecipient(Alice, conversation), new OutboxRecipient(Bob, new ConversationKey("emulator", "conv-bob"))], Now, CancellationToken.None);
        await outbox.AddAsync("b", "b@1", [new OutboxRecipient(Alice, conversation)], Now, CancellationToken.None);
        await _database.WriteAsync(async (connection, transaction) =>
        {
            await using var sent = connection.Command("UPDATE outbox SET status = 'sent' WHERE notice_id = 'a'", transaction);
            return await sent.ExecuteNonQueryAsync(CancellationToken.None);
        }, CancellationToken.None);

        var toAlice = await new OutboxDeliveries(_database).SentToAsync(Alice, ["a", "b", "c"], CancellationToken.None);

        Assert.Equal(["a"], toAlice);
    }
}

public sealed class SqliteReceiptStoreTests : ReceiptStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.SqliteAsync("receipts.db");
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReceiptStoreTests(PostgresServer server) : ReceiptStoreContract
{
    protected override Task<IDatabase> CreateDatabaseAsync() => TestDatabases.PostgresAsync(server);
}
