using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Retention;
using EngageBot.Features.Operations;
using EngageBot.TestKit;
using Quartz;

namespace EngageBot.Bot.Tests.Operations;

/// <summary>On PostgreSQL the service takes no backups itself and says what to use instead; retention runs there too.</summary>
public sealed class PostgresOperationsTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Backups_answer_409_naming_pg_dump_and_PITR_and_retention_counts_on_PostgreSQL()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:EngageBot"] = await server.CreateDatabaseAsync(),
            ["SignUps:SeedSamples"] = "false",
        });

        using var take = await host.Admin.PostAsync("api/admin/backups", null);
        using var list = await host.Admin.GetAsync("api/admin/backups");
        var dryRun = await host.Admin.GetFromJsonAsync<JsonElement>("api/admin/retention");
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.Equal(HttpStatusCode.Conflict, take.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, list.StatusCode);
        var problem = await take.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(OperationsEndpoints.PostgresBackupDetail, problem.GetProperty("detail").GetString());
        Assert.Contains("pg_dump", OperationsEndpoints.PostgresBackupDetail, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<RetentionKind>().Length, dryRun.GetArrayLength());
        Assert.Null(await scheduler.GetJobDetail(BackupJob.Key));
        Assert.NotNull(await scheduler.GetJobDetail(RetentionJob.Key));
    }
}
