using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EngageBot.Infrastructure.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPoolDefaultsTests(PostgresServer server)
{
    [Fact]
    public void A_connection_string_without_them_gets_no_reset_on_close_automatic_preparation_and_multiplexing()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x;Maximum Pool Size=30"));

        Assert.True(applied.NoResetOnClose);
        Assert.True(applied.Multiplexing);
        Assert.Equal(PostgresPoolDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(30, applied.MaxPoolSize);
    }

    [Fact]
    public void A_multiplexed_pool_without_a_size_is_capped_per_core_and_a_named_size_or_plain_pool_keeps_its_own()
    {
        var capped = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x"));
        var named = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x;MaxPoolSize=40"));
        var plain = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x;Multiplexing=false"));

        Assert.Equal(Math.Max(PostgresPoolDefaults.MinMultiplexedConnections, PostgresPoolDefaults.MultiplexedConnectionsPerCore * Environment.ProcessorCount), capped.MaxPoolSize);
        Assert.Equal(40, named.MaxPoolSize);
        Assert.Equal(new NpgsqlConnectionStringBuilder().MaxPoolSize, plain.MaxPoolSize); // each command needs its own connection there
    }

    [Fact]
    public void Settings_the_connection_string_names_are_kept()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x;No Reset On Close=false;MaxAutoPrepare=0;Multiplexing=false"));

        Assert.False(applied.NoResetOnClose);
        Assert.False(applied.Multiplexing);
        Assert.Equal(0, applied.MaxAutoPrepare);
    }

    [Fact]
    public async Task A_statement_run_on_every_lease_stays_prepared_on_the_pooled_connection()
    {
        var options = Options.Create(new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = await server.CreateDatabaseAsync() + ";Maximum Pool Size=1",
        });
        await using var database = new PostgresDatabase(options);

        // Each lease returns the one connection to the pool; without the defaults each return discards what was prepared.
        for (var i = 0; i < 8; i++)
        {
            await database.WriteAsync(async (connection, transaction) =>
            {
                await using var command = connection.Command("SELECT @n + 1", transaction).With("@n", i);
                return await command.ExecuteScalarAsync();
            }, CancellationToken.None);
        }

        await using var read = await database.OpenReadAsync(CancellationToken.None);
        await using var prepared = read.Command("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1 + 1%'");
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
