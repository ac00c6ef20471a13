using System.Net;
using System.Text;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// Issue 12's impostor: with no MicrosoftAppId, /api/messages once took an activity claiming a member-page member's
/// identity (channel "directline", from.id dl_{number}, their conversation, no serviceUrl, expectReplies) and
/// answered with their sign-ups. Identities of the built-in channel now come only from its own Direct Line tokens,
/// and anonymous mode answers this machine only.
/// </summary>
public sealed class AnonymousPathTests : IAsyncLifetime
{
    private const string Title = "瑜伽体验课";
    private BotHost _bot = null!;
    private ChannelSink _sink = null!;
    private string _conversationId = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync(settings: DirectLineClient.Settings());

        // Member A001 chats on the built-in channel (a Direct Line token) and holds a seat.
        var directLine = new DirectLineClient(_bot, DirectLineClient.Secret);
        (_conversationId, var token, _) = await directLine.StartAsync("dl_A001", "张三");
        var signUps = _bot.Services.GetRequiredService<SignUpService>();
        var starts = DateTimeOffset.UtcNow.AddDays(3);
        var activity = await signUps.CreateActivityAsync(
            new ActivityDraft(null, Title, "Yoga taster", starts, starts.AddHours(1), "职工之家", 10, null, null, []), CancellationToken.None);
        await signUps.SignUpAsync(
            new SignUpRequest(activity.Id, new MemberKey("engagebot", "dl_A001"), "张三", "zh", new ConversationKey("engagebot", _conversationId), null),
            CancellationToken.None);
        using var own = await directLine.PostAsync(_conversationId, token, """{"type":"message","text":"我的报名"}""");
        own.EnsureSuccessStatusCode();
        var history = await directLine.GetActivitiesAsync(_conversationId, token);
        Assert.Contains(history.GetProperty("activities").EnumerateArray(), a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains(Title, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Theory]
    [InlineData("directline", HttpStatusCode.BadRequest)] // no serviceUrl
    [InlineData("engagebot", HttpStatusCode.Forbidden)] // the built-in channel's own id
    [InlineData("EngageBot", HttpStatusCode.Forbidden)]
    public async Task The_impostor_of_issue_12_is_refused_and_nothing_changes(string channelId, HttpStatusCode expected)
    {
        var before = Snapshot();

        using var response = await PostAsync($$"""
            {"type":"message","id":"imp-1","channelId":"{{channelId}}","from":{"id":"dl_A001","name":"张三"},"recipient":{"id":"bot"},
             "conversation":{"id":"{{_conversationId}}"},"deliveryMode":"expectReplies","text":"我的报名"}
            """);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_local_tool_using_Azures_channel_id_with_the_members_ids_is_a_stranger_to_the_member()
    {
        var member = Snapshot(onlyBuiltIn: true);

        using var response = await PostAsync($$"""
            {"type":"message","id":"imp-2","channelId":"directline","serviceUrl":"{{_sink.ServiceUrl}}","from":{"id":"dl_A001"},
             "recipient":{"id":"bot"},"conversation":{"id":"{{_conversationId}}"},"deliveryMode":"expectReplies","text":"我的报名"}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ProtocolJson.Default.ExpectedReplies)!;
        Assert.Contains("没有进行中的报名", Assert.Single(replies.Activities).Text, StringComparison.Ordinal);
        Assert.Equal(member, Snapshot(onlyBuiltIn: true));
    }

    [Fact]
    public async Task A_client_off_this_machine_is_refused_in_anonymous_mode_even_claiming_to_be_forwarded_from_loopback()
    {
        await using var remote = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter>(new RemoteClient(IPAddress.Parse("203.0.113.7"))));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Activities.Message(_sink.ServiceUrl, "帮助"), ProtocolJson.Default.Activity),
        };
        request.Headers.Add("X-Forwarded-For", "127.0.0.1");

        using var response = await remote.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MicrosoftAppId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, remote.Count("transcript"));
        Assert.Equal(0, remote.Count("state"));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_local_Emulator_with_a_loopback_serviceUrl_is_still_answered()
    {
        using var response = await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "帮助", conversationId: "emulator-conv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _sink.NextAsync();
        Assert.Equal("emulator-conv", reply.Activity.Conversation?.Id);
        Assert.Contains("俱乐部", reply.Activity.Text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _bot.Http.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Every row a turn could write, read straight from the file (of the built-in channel only, if asked).</summary>
    private string Snapshot(bool onlyBuiltIn = false)
    {
        var filter = onlyBuiltIn ? "'%engagebot%'" : "'%'";
        using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath};Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            $"SELECT key || ':' || version || ':' || json FROM state WHERE key LIKE {filter} ORDER BY key",
            $"SELECT conversation_key || ':' || id FROM transcript WHERE conversation_key LIKE {filter} ORDER BY id",
            $"SELECT key FROM processed_activities WHERE key LIKE {filter} ORDER BY key",
            $"SELECT r.key || ':' || COALESCE(r.user_id, '') || ':' || t.service_url FROM conversation_references r JOIN reference_routes t ON t.id = r.route WHERE r.key LIKE {filter} ORDER BY r.key",
            $"SELECT member_key || ':' || status FROM signups WHERE member_key LIKE {filter} ORDER BY id",
            $"SELECT idempotency_key FROM outbox WHERE member_key LIKE {filter} ORDER BY id",
            "SELECT conversation_id || ':' || seq FROM dl_activities ORDER BY conversation_id, seq",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.AppendLine(reader.GetString(0));
            }

            text.AppendLine("--");
        }

        return text.ToString();
    }

    /// <summary>Makes every request of a host come from <paramref name="address"/>, as a client on another machine would.</summary>
    private sealed class RemoteClient(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
