using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Infrastructure.Tests.Postgres;

/// <summary>
/// <see cref="KeyListSql"/>: every number of keys finds exactly those rows (padding repeats a key, never adds one),
/// and a statement run again on one connection keeps its generic plan where the same keys as one array are planned
/// on every execution (the cause it exists for).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KeyListSqlTests(PostgresServer server)
{
    private static readonly KeyListSql Select = new(keys => $"SELECT key FROM kv WHERE key {keys} ORDER BY key");

    [Fact]
    public async Task Any_number_of_keys_finds_exactly_those_rows()
    {
        await using var dataSource = await TableAsync(40);
        await using var connection = await dataSource.OpenConnectionAsync();
        for (var n = 1; n <= KeyListSql.MaxListed + 3; n++)
        {
            // Every other key exists (k0, k2, …), plus one missing key: only the existing ones come back, once each.
            string[] keys = [.. Enumerable.Range(0, n).Select(i => "k" + (i * 2)), "missing"];
            await using var command = Select.Command(connection, keys);
            var found = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    found.Add(reader.GetString(0));
                }
            }

            Assert.Equal(keys.Where(k => k != "missing").Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Listed_keys_keep_a_generic_plan_where_an_array_is_planned_every_time()
    {
        await using var dataSource = await TableAsync(2000);
        await using var connection = await dataSource.OpenConnectionAsync();
        for (var i = 0; i < 15; i++)
        {
            await using var listed = Select.Command(connection, ["k" + i, "k" + (i + 1)]);
            await listed.ExecuteScalarAsync();
            await using var array = new NpgsqlCommand("SELECT key FROM kv WHERE key = ANY(@keys) ORDER BY key", connection);
            array.Parameters.AddWithValue("keys", new[] { "k" + i, "k" + (i + 1) });
            await array.ExecuteScalarAsync();
        }

        // Prepared automatically (PostgresPoolDefaults) from the fifth run; PostgreSQL tries five custom plans first.
        Assert.True(await GenericPlansAsync(connection, "IN (") > 0);
        Assert.Equal(0, await GenericPlansAsync(connection, "ANY("));
    }

    private static async Task<long> GenericPlansAsync(NpgsqlConnection connection, string shape)
    {
        await using var command = new NpgsqlCommand(
            "SELECT COALESCE(SUM(generic_plans), -1)::bigint FROM pg_prepared_statements WHERE statement LIKE '%FROM kv%' AND statement LIKE '%' || @s || '%'",
            connection);
        command.Parameters.AddWithValue("s", shape);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlDataSource> TableAsync(int rows)
    {
        // One physical connection, so every statement (and pg_prepared_statements) is on it, multiplexed or not.
        var dataSource = NpgsqlDataSource.Create(PostgresPoolDefaults.Apply(await server.CreateDatabaseAsync() + ";Maximum Pool Size=1"));
        await using var create = dataSource.CreateCommand(
            $"CREATE TABLE kv (key TEXT PRIMARY KEY, v INT); INSERT INTO kv SELECT 'k' || i, i FROM generate_series(0, {rows - 1}) i; ANALYZE kv");
        await create.ExecuteNonQueryAsync();
        return dataSource;
    }
}
