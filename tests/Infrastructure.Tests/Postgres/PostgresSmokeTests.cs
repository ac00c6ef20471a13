using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSmokeTests(PostgresServer server)
{
    [Fact]
    public async Task Migrations_apply_on_a_real_PostgreSQL_and_twice_is_a_no_op()
    {
        var options = Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() });
        await using var database = new PostgresDatabase(options);
        var migrator = TestSchema.Migrator(database, TimeProvider.System);

        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.MigrateAsync(CancellationToken.None);

        await using var connection = await database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT COUNT(*) FROM schema_version");
        var applied = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var scripts = TestSchema.Scripts.Sum(s => s.Assembly.GetManifestResourceNames().Count(n => n.StartsWith("Postgres/", StringComparison.Ordinal)));
        Assert.True(scripts > 0);
        Assert.Equal(scripts, applied);
    }
}
