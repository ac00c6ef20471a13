using EngageBot.Core.Time;
using EngageBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Tests.Time;

/// <summary>One local-time setting, Union:TimeZone; the two keys it replaced still work for a release, with a warning.</summary>
public sealed class UnionTimeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Without_settings_local_time_is_Shanghai_and_nothing_is_warned()
    {
        var (time, warnings) = await StartAsync([]);

        Assert.Equal("Asia/Shanghai", time.ZoneId);
        Assert.Equal(TimeSpan.FromHours(8), time.ToLocal(Noon).Offset);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task Union_TimeZone_wins_and_the_obsolete_keys_beside_it_are_warned_about()
    {
        var (time, warnings) = await StartAsync(new()
        {
            ["Union:TimeZone"] = "Europe/Berlin",
            ["Scheduler:TimeZone"] = "Asia/Tokyo",
            ["SignUps:UtcOffset"] = "09:00",
        });

        Assert.Equal("Europe/Berlin", time.ZoneId);
        Assert.Equal(TimeSpan.FromHours(2), time.ToLocal(Noon).Offset); // summer time: a zone, not a fixed offset
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("Scheduler:TimeZone is obsolete", StringComparison.Ordinal) && w.Contains("Union:TimeZone", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("SignUps:UtcOffset is obsolete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scheduler_TimeZone_alone_is_still_honoured()
    {
        var (time, warnings) = await StartAsync(new() { ["Scheduler:TimeZone"] = "Asia/Tokyo" });

        Assert.Equal("Asia/Tokyo", time.ZoneId);
        Assert.Contains("Scheduler:TimeZone is obsolete", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUps_UtcOffset_alone_becomes_its_whole_hour_zone()
    {
        var (time, warnings) = await StartAsync(new() { ["SignUps:UtcOffset"] = "09:00" });

        Assert.Equal("Etc/GMT-9", time.ZoneId);
        Assert.Equal(TimeSpan.FromHours(9), time.ToLocal(Noon).Offset);
        Assert.Single(warnings);
    }

    [Theory]
    [InlineData("Union:TimeZone", "Mars/Olympus_Mons", "Union:TimeZone 'Mars/Olympus_Mons' is not a time zone")]
    [InlineData("SignUps:UtcOffset", "05:30", "SignUps:UtcOffset '05:30' is not a time zone")]
    public async Task A_zone_the_machine_does_not_know_stops_start_up_naming_the_setting(string key, string value, string message)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new() { [key] = value }));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Contains("Set Union:TimeZone to an IANA id such as Asia/Shanghai", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<(UnionTime Time, List<string> Warnings)> StartAsync(Dictionary<string, string?> settings)
    {
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddUnionTime();
        await using var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<IOptions<UnionTimeOptions>>().Value; // validates, as ValidateOnStart does
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return (provider.GetRequiredService<UnionTime>(), [.. logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message)]);
    }
}
