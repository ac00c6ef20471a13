using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Notices;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// Quartz clustered on one PostgreSQL (<c>Cluster:Enabled</c>): a notice scheduled on one instance fires on exactly
/// one of three, and when the instance holding the firing is killed another takes it over after its check-ins stop.
/// Every member gets the notice once; the outbox rows are sent by whichever instances claim them.
/// </summary>
public sealed class ClusterNoticeTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Members = 300;
    private const string FiringsOf = "SELECT count(*) FROM notice_firings WHERE notice_id = @p";

    [Fact]
    public async Task A_notice_scheduled_on_one_instance_fires_once_across_three_and_reaches_every_member_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var events = new EventCounter();
        await using var sink = await ChannelSink.StartAsync();
        var hosts = new List<BotHost>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                hosts.Add(await BotHost.StartAsync(settings: ClusterNotices.Settings(connectionString), configure: b => b.Logging.AddProvider(events)));
            }

            await NoticeHost.TalkAsync(hosts[0], sink, "m0000");
            await ClusterNotices.SeedMembersAsync(connectionString, sink.ServiceUrl, Members);
            var id = await NoticeHost.CreateAsync(hosts[1],
                new { text = ClusterNotices.Text, audience = new { all = true }, sendAt = DateTimeOffset.UtcNow.AddSeconds(2) });

            var perMember = await ClusterNotices.ReceiveEveryoneAsync(sink, Members);
            var report = await NoticeHost.SettledReportAsync(hosts[2], id);

            Assert.All(perMember.Values, n => Assert.Equal(1, n));
            Assert.Equal(Members, sink.All.Count(r => r.Activity.Text == ClusterNotices.Text));
            Assert.Equal(Members, report.GetProperty("sent").GetInt64());
            Assert.Equal(1, events[500]);                                            // expanded by one instance, once
            Assert.Equal(1, await ClusterNotices.CountAsync(connectionString, FiringsOf, id));
            Assert.Equal(3, await ClusterNotices.CountAsync(connectionString, "SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = @p", "EngageBot"));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task When_the_instance_holding_a_firing_is_killed_another_takes_it_over_and_every_member_gets_it_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var sink = await ChannelSink.StartAsync();
        var directory = Path.GetDirectoryName(BotHost.NewDatabasePath())!;
        Directory.CreateDirectory(directory);
        var nodes = new Dictionary<string, ServiceProcess>();
        try
        {
            // The first migrates the shared database; the other two start together.
            Task<ServiceProcess> StartAsync(string node)
            {
                var settings = ClusterNotices.Settings(connectionString);
                settings["Cluster:NodeName"] = node;
                return ServiceProcess.StartAsync(Path.Combine(directory, "unused.db"), settings.ToDictionary(p => p.Key, p => p.Value!));
            }

            nodes["node0"] = await StartAsync("node0");
            var others = new[] { StartAsync("node1"), StartAsync("node2") };
            nodes["node1"] = await others[0];
            nodes["node2"] = await others[1];

            var hello = await nodes["node0"].Http.PostAsJsonAsync("api/messages", Activities.Message(sink.ServiceUrl, "你好", "conv-m0000", "m0000"), ProtocolJson.Default.Activity);
            hello.EnsureSuccessStatusCode();
            await sink.NextAsync();
            await ClusterNotices.SeedMembersAsync(connectionString, sink.ServiceUrl, Members);
            var created = await nodes["node0"].Admin.PostAsJsonAsync("api/admin/notices",
                new { text = ClusterNotices.Text, audience = new { all = true }, sendAt = DateTimeOffset.UtcNow.AddSeconds(8) });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

            // Quartz acquires a trigger ahead of its time: the instance that did owns the firing. Kill it (SIGKILL).
            var holder = await ClusterNotices.WaitForAsync(connectionString,
                "SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_name = @p AND trigger_group = 'notices'", id);
            await nodes[holder].KillAsync();
            Assert.Equal(0, await ClusterNotices.CountAsync(connectionString, FiringsOf, id)); // it had not fired yet

            var perMember = await ClusterNotices.ReceiveEveryoneAsync(sink, Members);
            var survivor = nodes.First(n => n.Key != holder).Value;
            JsonElement report;
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                do
                {
                    await Task.Delay(200, timeout.Token);
                    report = (await survivor.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}", timeout.Token)).GetProperty("report");
                }
                while (report.GetProperty("pending").GetInt64() > 0);
            }

            Assert.All(perMember.Values, n => Assert.Equal(1, n));
            Assert.Equal(Members, sink.All.Count(r => r.Activity.Text == ClusterNotices.Text));
            Assert.Equal(Members, report.GetProperty("sent").GetInt64());
            Assert.Equal(1, await ClusterNotices.CountAsync(connectionString, FiringsOf, id));
            Assert.Equal(0, await ClusterNotices.CountAsync(connectionString, "SELECT count(*) FROM qrtz_fired_triggers WHERE instance_name = @p", holder));
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }
        }
    }
}
