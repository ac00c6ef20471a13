using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.TestKit;
using Microsoft.AspNetCore.Builder;

namespace EngageBot.Bot.Tests.Privacy;

/// <summary>Fails every erasure, after the shares registered before it have run.</summary>
public sealed class FailingShare : IPersonalData
{
    public Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonalDataSet>>([]);

    public Task<IReadOnlyList<ErasedRows>> EraseAsync(DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("a share failed");
}

public sealed class SqlitePrivacyTests : PrivacyContract
{
    protected override Task<BotHost> StartHostAsync(Action<WebApplicationBuilder>? configure = null) =>
        BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SignUps:SeedSamples"] = "false" }, configure: configure);
}

public sealed class PostgresPrivacyTests(PostgresServer server) : PrivacyContract, IClassFixture<PostgresServer>
{
    protected override async Task<BotHost> StartHostAsync(Action<WebApplicationBuilder>? configure = null) =>
        await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:EngageBot"] = await server.CreateDatabaseAsync(),
            ["SignUps:SeedSamples"] = "false",
        }, configure: configure);
}
