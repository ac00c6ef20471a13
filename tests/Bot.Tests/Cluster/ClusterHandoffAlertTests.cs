using System.Text.RegularExpressions;
using EngageBot.Bot.Tests.Dialogs;
using EngageBot.Bot.Tests.Staff;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// Issue 18's live hand-off alerts with two instances on one PostgreSQL (<c>Cluster:Enabled</c>): a console connected
/// to one instance hears of hand-offs opened on either, exactly once, over the Direct Line signals; after its
/// instance's LISTEN connection drops it is told to reload its list.
/// </summary>
public sealed partial class ClusterHandoffAlertTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly List<BotHost> _hosts = [];
    private ChannelSink _sink = null!;
    private string _connectionString = string.Empty;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _connectionString = await postgres.CreateDatabaseAsync();
        var settings = ClusterNotices.Settings(_connectionString);
        for (var i = 0; i < 2; i++)
        {
            _hosts.Add(await BotHost.StartAsync(settings: settings));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task A_hand_off_opened_on_one_instance_alerts_a_console_on_the_other_exactly_once()
    {
        using var console = await ConsoleEvents.OpenAsync(_hosts[1]);
        await ListenerPidAsync(); // B hears the others from here on

        var first = await HandOffAsync(_hosts[0], "member-a");
        Assert.Equal([first], await console.TicketsUntilAsync(first));

        // One opened on the console's own instance (shown at once; its own broadcast comes back and is skipped), then a fence from A.
        var second = await HandOffAsync(_hosts[1], "member-b");
        var fence = await HandOffAsync(_hosts[0], "member-c");

        Assert.Equal([second, fence], await console.TicketsUntilAsync(fence));
    }

    [Fact]
    public async Task After_its_listen_connection_is_killed_the_console_is_told_to_reload_and_hears_the_others_again()
    {
        using var console = await ConsoleEvents.OpenAsync(_hosts[1]);
        var killed = await ListenerPidAsync();
        var before = await HandOffAsync(_hosts[0], "member-d");
        await console.TicketsUntilAsync(before); // also passes a resync from B's start, if it came after the console connected

        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@p)", connection);
            kill.Parameters.AddWithValue("p", killed);
            Assert.True((bool)(await kill.ExecuteScalarAsync())!);
        }

        Assert.Equal("resync", (await console.NextAsync()).Name); // sent once B listens again
        var after = await HandOffAsync(_hosts[0], "member-e");
        Assert.Equal([after], await console.TicketsUntilAsync(after));
        Assert.NotEqual(killed, await ListenerPidAsync());
    }

    /// <summary>A member asks for a person on <paramref name="host"/>; the ticket id the bot told them.</summary>
    private async Task<string> HandOffAsync(BotHost host, string memberId)
    {
        var replies = await new ConversationScript(host, _sink.ServiceUrl, "conv-" + memberId, memberId).SendAsync("转人工");
        return TicketId().Match(ConversationScript.Text(replies)).Groups[1].Value;
    }

    /// <summary>The pid of instance B's LISTEN connection once it listens (its last statement was the LISTEN).</summary>
    private async Task<int> ListenerPidAsync()
    {
        var listener = _hosts[1].Services.GetRequiredService<PostgresConversationSignals>().ListenerName;
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var find = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = @n AND query LIKE 'LISTEN%' ORDER BY backend_start DESC LIMIT 1", connection);
            find.Parameters.AddWithValue("n", listener);
            if (await find.ExecuteScalarAsync(timeout.Token) is int pid)
            {
                return pid;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    [GeneratedRegex("工单号 (T[0-9A-Z]+)")]
    private static partial Regex TicketId();
}
