using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>An instance refuses to start clustered when the others could not share its work: each reason named, with what to set.</summary>
public sealed class ClusterStartupTests
{
    [Fact]
    public async Task Clustered_on_SQLite_without_a_Direct_Line_secret_it_refuses_to_start_naming_both()
    {
        var failure = await StartAsync(["--Cluster:Enabled=true"], new Dictionary<string, string?>());

        Assert.Contains("Cluster:Enabled needs Storage:Provider=Postgres", failure, StringComparison.Ordinal);
        Assert.Contains("Cluster:Enabled needs DirectLine:Secret, the same on every instance", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_check_in_interval_stops_start_up()
    {
        var failure = await StartAsync(["--Cluster:CheckInInterval=00:00:00.010"], new Dictionary<string, string?>());

        Assert.Contains("Cluster:CheckInInterval must be between", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_enabled_only_after_services_were_registered_stops_start_up_instead_of_running_Quartz_alone()
    {
        var failure = await StartAsync([], new Dictionary<string, string?> { ["Cluster:Enabled"] = "true" });

        Assert.Contains("Cluster:Enabled changed after services were registered", failure, StringComparison.Ordinal);
    }

    private static async Task<string> StartAsync(string[] args, Dictionary<string, string?> late)
    {
        var databasePath = BotHost.NewDatabasePath();
        late["ConnectionStrings:EngageBot"] = $"Data Source={databasePath}";
        await using var app = EngageBotApp.Build(args, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(late);
        });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
        Assert.False(File.Exists(databasePath), "nothing ran: the database was not even created");
        return failure.Message;
    }
}
