using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Hosting;

/// <summary>Every options class is checked at start-up: a bad value stops the service with a message naming the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Turns:MaxAttempts", "0", "Turns:MaxAttempts must be between 1 and 50.")]
    [InlineData("Union:TimeZone", "Mars/Olympus_Mons", "Union:TimeZone 'Mars/Olympus_Mons' is not a time zone")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider")]
    [InlineData("Delivery:Concurrency", "0", "Delivery:Concurrency must be between 1 and 1000.")]
    [InlineData("Scheduler:QuietHoursStart", "1.02:00:00", "Scheduler:QuietHoursStart must be a time of day")]
    [InlineData("Recognizer:AnswerThreshold", "1.5", "must be between 0 and 1")]
    [InlineData("Dialogs:FlowTimeout", "00:00:00", "Dialogs:FlowTimeout must be above zero")]
    [InlineData("SignUps:CheckInOpensBefore", "-01:00:00", "SignUps:CheckInOpensBefore must not be negative.")]
    [InlineData("Connector:BreakDuration", "00:00:00.100", "Connector:BreakDuration must be at least")]
    [InlineData("DirectLine:RequestBurst", "0", "DirectLine: TokenLifetime")]
    [InlineData("ChannelAuth:ClockSkew", "-00:01:00", "ChannelAuth: OpenIdMetadataUrl")]
    [InlineData("Retention:Uploads", "12:00:00", "Retention:Uploads must be at least one day")]
    [InlineData("Retention:Schedule", "nightly", "Retention:Schedule must be a Quartz cron expression")]
    [InlineData("Backup:Keep", "0", "Backup:Keep must be between 1 and 1000")]
    [InlineData("Health:OutboxBacklogLimit", "0", "Health:OutboxBacklogLimit must be at least 1")]
    [InlineData("MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword is needed when MicrosoftAppId is set")]
    [InlineData("ChannelAuth:Authority", "http://login.example/{tenant}", "Authority an https URL")]
    [InlineData("ChannelAuth:TokenEndpoint", "https://login.example/oauth2/v2.0/token", "ChannelAuth:TokenEndpoint is no longer read: set ChannelAuth:Authority")]
    [InlineData("Telemetry:MetricsAllowedNetworks:0", "10.0.0.0/33", "Telemetry:MetricsAllowedNetworks: '10.0.0.0/33' is not a network in CIDR form")]
    [InlineData("Telemetry:MetricsAllowedNetworks:0", "office", "Telemetry:MetricsAllowedNetworks: 'office' is not a network in CIDR form")]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317", "Telemetry:OtlpEndpoint must be an absolute http(s) URL")]
    [InlineData("NativeHeap:TrimEvery", "-00:01:00", "NativeHeap:TrimEvery must not be negative")]
    [InlineData("Scheduler:Clustered", "true", "Scheduler:Clustered is replaced by Cluster:Enabled")]
    public async Task A_bad_value_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        var databasePath = BotHost.NewDatabasePath();
        await using var app = EngageBotApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EngageBot"] = $"Data Source={databasePath}",
                [key] = value,
            });
        });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(databasePath), "nothing ran: the database was not even created");
    }
}
