using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>
/// A notice's page of recipients and a dispatcher round's outcomes, on both providers (PostgreSQL writes each in one
/// statement): every recipient gets the row its case calls for, once, in page order; each outcome lands on its own row,
/// and only on a row still being sent.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxStoreBatchTests(PostgresServer server)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_000_000);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_page_is_written_once_in_order_and_each_outcome_lands_on_its_own_row(StorageProvider provider)
    {
        var database = provider == StorageProvider.Postgres ? await TestDatabases.PostgresAsync(server) : await TestDatabases.SqliteAsync("outbox-batch.db");
        try
        {
            var store = new OutboxStore(database);
            OutboxRecipient[] page =
            [
                new(MemberKey.Parse("emulator/u1"), ConversationKey.Parse("emulator/c1")),
                new(MemberKey.Parse("emulator/u2"), ConversationKey.Parse("emulator/c2")),
                new(MemberKey.Parse("emulator/u3"), ConversationKey.Parse("emulator/c3")),
                new(MemberKey.Parse("emulator/u4"), null),
                new(MemberKey.Parse("emulator/u5"), ConversationKey.Parse("emulator/c5")) { SkipReason = "unsubscribed" },
            ];

            Assert.Equal(5, await store.AddAsync("n1", "f1", page, Now, CancellationToken.None));
            Assert.Equal(0, await store.AddAsync("n1", "f1", page[..2], Now, CancellationToken.None));
            var claimed = await store.ClaimAsync(10, Now, Now.AddMinutes(1), CancellationToken.None);
            Assert.Equal(["emulator/u1", "emulator/u2", "emulator/u3"], claimed.Select(c => c.MemberKey.Format()));

            await store.CompleteAsync(
                [OutboxOutcome.Sent(claimed[0].Id), OutboxOutcome.Retry(claimed[1].Id, "http 503", Now.AddSeconds(30)), OutboxOutcome.Failed(claimed[2].Id, "gone")],
                Now, null, CancellationToken.None);
            // An outcome for a row no longer being sent changes nothing.
            await store.CompleteAsync([OutboxOutcome.Failed(claimed[0].Id, "late")], Now, null, CancellationToken.None);

            Assert.Equal(
            [
                "emulator/u1 sent - 1000000",
                "emulator/u2 pending http 503 1030000",
                "emulator/u3 failed gone 1000000",
                "emulator/u4 failed unreachable 1000000",
                "emulator/u5 skipped unsubscribed 1000000",
            ], await RowsAsync(database));
        }
        finally
        {
            await TestDatabases.DisposeAsync(database);
        }
    }

    private static async Task<List<string>> RowsAsync(IDatabase database)
    {
        await using var connection = await database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT member_key, status, reason, next_attempt_at, lease_until FROM outbox ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            Assert.True(await reader.IsDBNullAsync(4)); // no lease left behind
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"{reader.GetString(0)} {reader.GetString(1)} {reader.GetStringOrNull(2) ?? "-"} {Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture)}"));
        }

        return rows;
    }
}
