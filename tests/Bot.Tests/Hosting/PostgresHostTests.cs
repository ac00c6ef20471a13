using System.Net;
using System.Net.Http.Json;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Bot.Tests.Hosting;

/// <summary>
/// The storage provider is decided once (StorageOptions → IDatabase): set as late as a test sets it, the scheduler
/// follows it too and keeps its triggers in PostgreSQL with the rest of the service's data.
/// </summary>
public sealed class PostgresHostTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_PostgreSQL_a_scheduled_notice_puts_its_trigger_in_PostgreSQL()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:EngageBot"] = connectionString,
            ["SignUps:SeedSamples"] = "false",
        });

        using var created = await host.Admin.PostAsJsonAsync("api/admin/notices",
            new { text = "周五联欢会", audience = new { members = new[] { "emulator/u9" } }, sendAt = DateTimeOffset.UtcNow.AddDays(2) });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = 'notices'", connection);
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }
}
