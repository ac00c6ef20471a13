using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// What is never stored but must still reach the other instances' sockets (the live signals of the fan-out):
/// a member's typing indicator, and closing a member's streams when they leave a group or sign out everywhere.
/// </summary>
public sealed class ClusterLiveSignalTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly List<BotHost> _hosts = [];

    public async Task InitializeAsync()
    {
        var settings = GroupFixture.Settings();
        settings["Storage:Provider"] = "Postgres";
        settings["ConnectionStrings:EngageBot"] = await postgres.CreateDatabaseAsync();
        settings["Cluster:Enabled"] = "true";
        settings["DirectLine:KeepAliveInterval"] = "00:10:00"; // no keep-alive check closes a revoked socket during a test: only the signal
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
    }

    [Fact]
    public async Task A_members_typing_posted_on_one_instance_shows_on_a_stream_open_on_the_other()
    {
        var (groups, groupId, alice, bob) = await TwoMembersAsync();
        using var bobStream = await ClusterStreams.OpenStreamAsync(_hosts[1], bob.Token, groupId);

        using var typing = await groups.DirectLine.PostAsync(groupId, alice.Token, JsonSerializer.Serialize(new { type = "typing" }));

        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        var shown = await DirectLineClient.ReceiveUntilAsync(bobStream, a => a.GetProperty("type").GetString() == "typing");
        Assert.Equal("dl_C001", shown.GetProperty("from").GetProperty("id").GetString());
        Assert.False(shown.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task A_member_removed_on_one_instance_loses_the_stream_open_on_the_other()
    {
        var (groups, groupId, alice, bob) = await TwoMembersAsync();
        using var bobStream = await ClusterStreams.OpenStreamAsync(_hosts[1], bob.Token, groupId);
        using var aliceStream = await ClusterStreams.OpenStreamAsync(_hosts[1], alice.Token, groupId);

        using var remove = await groups.AdminAsync(HttpMethod.Delete, $"api/admin/groups/{groupId}/members/C002");
        await groups.SayAsync(groupId, alice.Token, "移除之后");

        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        Assert.DoesNotContain("移除之后", await ReceiveUntilClosedAsync(bobStream));
        Assert.Equal(["移除之后"], await ClusterStreams.ReceiveTextsUntilAsync(aliceStream, "移除之后")); // only the removed member's socket closed
    }

    [Fact]
    public async Task Signing_out_everywhere_on_one_instance_closes_the_members_streams_on_the_other()
    {
        var (groups, groupId, alice, bob) = await TwoMembersAsync();
        using var bobStream = await ClusterStreams.OpenStreamAsync(_hosts[1], bob.Token, groupId);

        using var signOut = await groups.MemberAsync(bob.Session, HttpMethod.Post, "api/members/session/signout-everywhere");
        await groups.SayAsync(groupId, alice.Token, "登出之后");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.DoesNotContain("登出之后", await ReceiveUntilClosedAsync(bobStream));
    }

    /// <summary>A group with members C001 (alice) and C002 (bob), signed in and holding group tokens; the fixture talks to instance 0.</summary>
    private async Task<(GroupFixture Groups, string GroupId, Member Alice, Member Bob)> TwoMembersAsync()
    {
        var groups = new GroupFixture(_hosts[0]);
        var groupId = (await groups.CreateGroupAsync("全市联合会")).GetProperty("groupId").GetString()!;
        var members = new List<Member>();
        foreach (var (number, name) in new[] { ("C001", "张伟"), ("C002", "李娜") })
        {
            await groups.AddMemberAsync(groupId, number, name);
            var session = await groups.SignInAsync(number, name);
            members.Add(new Member(session, await groups.GroupTokenAsync(session, groupId)));
        }

        return (groups, groupId, members[0], members[1]);
    }

    /// <summary>Message texts received until the server closes the stream (fails after 30 s if it never does).</summary>
    private static async Task<List<string>> ReceiveUntilClosedAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var texts = new List<string>();
        try
        {
            while (true)
            {
                var set = await DirectLineClient.ReceiveSetAsync(socket, timeout.Token);
                texts.AddRange(set.GetProperty("activities").EnumerateArray()
                    .Where(a => a.TryGetProperty("text", out _)).Select(a => a.GetProperty("text").GetString()!));
            }
        }
        catch (WebSocketException)
        {
            return texts; // closed by the server
        }
    }

    private sealed record Member(JsonElement Session, string Token);
}
