using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>
/// Deleting delivered parked replies, several keys in one write (PostgreSQL: one statement for all of them): only the
/// named rows go, a key already gone counts nothing, and the count says how many were still there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ParkedRowsDeleteTests(PostgresServer server)
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Several_delivered_keys_are_deleted_in_one_write_and_only_those(StorageProvider provider)
    {
        var database = provider == StorageProvider.Postgres
            ? await TestDatabases.PostgresAsync(server)
            : await TestDatabases.SqliteAsync("parked-delete.db");
        try
        {
            await database.WriteAsync(async (connection, transaction) =>
            {
                foreach (var key in new[] { "r1", "r2", "r3", "r4" })
                {
                    await using var insert = connection.Command(
                        """
                        INSERT INTO parked_replies (idempotency_key, member_key, reference_key, reference_json, payload, lease_until, created_at)
                        VALUES (@k, 'emulator/u1', 'emulator/c1', '{}', '{}', 0, 0)
                        """, transaction).With("@k", key);
                    await insert.ExecuteNonQueryAsync();
                }

                return 0;
            }, CancellationToken.None);

            var deleted = await database.WriteAsync((connection, transaction) =>
                ParkedRows.DeleteAsync(provider, connection, transaction, ["r1", "r3", "gone"], CancellationToken.None), CancellationToken.None);
            var again = await database.WriteAsync((connection, transaction) =>
                ParkedRows.DeleteAsync(provider, connection, transaction, ["r1", "r3"], CancellationToken.None), CancellationToken.None);

            Assert.Equal(2, deleted);
            Assert.Equal(0, again);
            await using var connection = await database.OpenReadAsync(CancellationToken.None);
            await using var left = connection.Command("SELECT idempotency_key FROM parked_replies ORDER BY idempotency_key");
            await using var reader = await left.ExecuteReaderAsync();
            var keys = new List<string>();
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }

            Assert.Equal(["r2", "r4"], keys);
        }
        finally
        {
            await TestDatabases.DisposeAsync(database);
        }
    }
}
