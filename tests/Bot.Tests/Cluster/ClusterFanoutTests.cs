using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// Three real instances on one PostgreSQL database with <c>Cluster:Enabled</c>: a group's messages posted on one
/// reach Direct Line streams open on the others exactly once and in order, also across a reconnect to another
/// instance and after an instance's LISTEN connection is killed.
/// </summary>
public sealed class ClusterFanoutTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly List<BotHost> _hosts = [];
    private string _connectionString = string.Empty;

    public async Task InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        var settings = GroupFixture.Settings();
        settings["Storage:Provider"] = "Postgres";
        settings["ConnectionStrings:EngageBot"] = _connectionString;
        settings["Cluster:Enabled"] = "true";

        // One after another: the first migrates the shared database and creates the bootstrap admin. Quartz runs
        // clustered on all three (ClusterNoticeTests is about it).
        for (var i = 0; i < 3; i++)
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
    }

    [Fact]
    public async Task A_message_posted_on_one_instance_reaches_streams_on_the_others_once_and_in_order()
    {
        var (groupId, tokens) = await GroupAsync(3);
        using var bob = await ClusterStreams.OpenStreamAsync(_hosts[1], tokens[1], groupId);
        using var carol = await ClusterStreams.OpenStreamAsync(_hosts[2], tokens[2], groupId);

        var sent = await SayAsync(groupId, tokens[0], "第一条", "第二条", "第三条", "第四条", "结束");

        Assert.Equal(sent, await ClusterStreams.ReceiveTextsUntilAsync(bob, "结束"));
        Assert.Equal(sent, await ClusterStreams.ReceiveTextsUntilAsync(carol, "结束"));
    }

    [Fact]
    public async Task A_message_too_big_to_ride_in_its_hint_is_read_from_the_log_in_its_place()
    {
        var (groupId, tokens) = await GroupAsync(2);
        using var bob = await ClusterStreams.OpenStreamAsync(_hosts[1], tokens[1], groupId);

        // 8,100 bytes of UTF-8: no NOTIFY payload holds it, so its hint carries only the seq and instance 2 reads it;
        // the small ones around it ride in their hints.
        var sent = await SayAsync(groupId, tokens[0], "之前", new string('长', 2700), "之后", "再之后");

        Assert.Equal(sent, await ClusterStreams.ReceiveTextsUntilAsync(bob, "再之后"));
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_cut_off_on_its_instance_while_the_others_there_get_everything_in_order()
    {
        var (groupId, tokens) = await GroupAsync(3);
        var hub = _hosts[1].Services.GetRequiredService<DirectLineHub>();
        using var stalled = await ClusterStreams.OpenStreamAsync(_hosts[1], tokens[1], groupId); // never read
        using var reader = await ClusterStreams.OpenStreamAsync(_hosts[1], tokens[2], groupId);
        while (hub.Connections(groupId).Count < 2)
        {
            await Task.Delay(10);
        }

        var both = hub.Connections(groupId).ToList();
        var transcript = _hosts[0].Services.GetRequiredService<DirectLineTranscript>();

        // Appended on instance 1, each rides in its hint (6,000 bytes) and instance 2's LISTEN loop pushes it to both
        // sockets there: the stalled one must hold back neither that loop nor the reader beside it.
        var text = new string('长', 2000);
        var sent = new List<string>();
        var received = new List<string>();
        while (!both.Any(c => c.Dropped) && sent.Count < 3000)
        {
            var one = sent.Count + text;
            await transcript.AppendAsync(groupId, new Activity
            {
                Type = ActivityTypes.Message, Text = one, From = new ChannelAccount { Id = "engagebot" },
            }, CancellationToken.None);
            sent.Add(one);
            received.AddRange(await ClusterStreams.ReceiveTextsUntilAsync(reader, one));
        }

        Assert.Single(both, c => c.Dropped);
        Assert.Equal(sent, received);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, reader.State);
    }

    [Fact]
    public async Task A_client_reconnecting_to_another_instance_with_its_watermark_gets_exactly_what_it_missed()
    {
        var (groupId, tokens) = await GroupAsync(2);
        string watermark;
        using (var first = await ClusterStreams.OpenStreamAsync(_hosts[1], tokens[1], groupId))
        {
            await SayAsync(groupId, tokens[0], "一", "二");
            watermark = await ClusterStreams.ReceiveWatermarkUntilAsync(first, "二");
            first.Abort(); // the client goes away (network change), as a phone does
        }

        var missed = await SayAsync(groupId, tokens[0], "三", "四");
        using var again = await ClusterStreams.OpenStreamAsync(_hosts[2], tokens[1], groupId, watermark);
        var after = await SayAsync(groupId, tokens[0], "五");

        Assert.Equal([.. missed, .. after], await ClusterStreams.ReceiveTextsUntilAsync(again, "五"));
    }

    [Fact]
    public async Task After_its_listen_connection_is_killed_an_instance_reconnects_and_loses_or_doubles_nothing()
    {
        var (groupId, tokens) = await GroupAsync(2);
        using var bob = await ClusterStreams.OpenStreamAsync(_hosts[1], tokens[1], groupId);
        Assert.Equal(await SayAsync(groupId, tokens[0], "之前"), await ClusterStreams.ReceiveTextsUntilAsync(bob, "之前"));
        var listener = _hosts[1].Services.GetRequiredService<PostgresConversationSignals>().ListenerName;
        var killed = await ListenerPidAsync(listener);

        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@p)", connection);
            kill.Parameters.AddWithValue("p", killed);
            Assert.True((bool)(await kill.ExecuteScalarAsync())!);
        }

        var sent = await SayAsync(groupId, tokens[0], "断线时一", "断线时二", "断线时三");
        var reconnected = await ListenerPidAsync(listener, killed);
        sent.AddRange(await SayAsync(groupId, tokens[0], "重连后"));

        Assert.NotEqual(killed, reconnected);
        Assert.Equal(sent, await ClusterStreams.ReceiveTextsUntilAsync(bob, "重连后"));
    }

    /// <summary>A group with <paramref name="members"/> members; their group tokens (valid on every instance).</summary>
    private async Task<(string GroupId, List<string> Tokens)> GroupAsync(int members)
    {
        var groups = new GroupFixture(_hosts[0]);
        var groupId = (await groups.CreateGroupAsync("全市联合会")).GetProperty("groupId").GetString()!;
        var tokens = new List<string>();
        for (var i = 0; i < members; i++)
        {
            var number = $"M{i:000}";
            await groups.AddMemberAsync(groupId, number, "会员" + i);
            tokens.Add(await groups.GroupTokenAsync(await groups.SignInAsync(number, "会员" + i), groupId));
        }

        return (groupId, tokens);
    }

    /// <summary>Posts each text in turn on the first instance; returns them.</summary>
    private async Task<List<string>> SayAsync(string groupId, string token, params string[] texts)
    {
        var groups = new GroupFixture(_hosts[0]);
        foreach (var text in texts)
        {
            await groups.SayAsync(groupId, token, text);
        }

        return [.. texts];
    }

    /// <summary>The backend pid of an instance's LISTEN connection, waiting for it to (re)connect.</summary>
    private async Task<int> ListenerPidAsync(string applicationName, int notPid = 0)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var find = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = @n AND pid <> @p ORDER BY backend_start DESC LIMIT 1", connection);
            find.Parameters.AddWithValue("n", applicationName);
            find.Parameters.AddWithValue("p", notPid);
            if (await find.ExecuteScalarAsync(timeout.Token) is int pid)
            {
                return pid;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
