using EngageBot.Core.State;
using System.Net;
using System.Text;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>/api/messages on a real Kestrel server, answering a real local Connector sink (anonymous mode).</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Help_is_answered_with_the_menu_as_a_reply_to_the_channel()
    {
        var activity = Activities.Message(_sink.ServiceUrl, "帮助", id: "act|0000001");

        var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _sink.NextAsync();
        Assert.Equal("/v3/conversations/conv-1/activities/act%7C0000001", reply.Path);
        Assert.Equal("act|0000001", reply.Activity.ReplyToId);
        Assert.Contains("俱乐部", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("user-1", reply.Activity.Recipient?.Id);
        Assert.Equal("bot", reply.Activity.From?.Id);
        Assert.Equal(5, reply.Activity.SuggestedActions?.Actions.Count);
        Assert.Empty(reply.Authorization); // anonymous mode sends no token
    }

    [Fact]
    public async Task An_English_message_is_answered_in_English()
    {
        await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));

        var reply = await _sink.NextAsync();
        Assert.StartsWith("I can help you", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("en-US", reply.Activity.Locale);
    }

    [Fact]
    public async Task A_redelivered_activity_is_processed_once()
    {
        var activity = Activities.Message(_sink.ServiceUrl, "help", id: "same-id");

        var first = await _bot.PostActivityAsync(activity);
        var transcriptAfterFirst = _bot.Count("transcript");
        var second = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _sink.NextAsync();
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(transcriptAfterFirst, _bot.Count("transcript"));
        Assert.Equal(1, _bot.Count("processed_activities"));
    }

    [Fact]
    public async Task Unknown_fields_and_channelData_survive_into_the_transcript()
    {
        var json = $$"""
            {"type":"message","id":"x1","channelId":"emulator","serviceUrl":"{{_sink.ServiceUrl}}",
             "from":{"id":"u9","name":""},"conversation":{"id":"c9"},"text":"hi",
             "channelData":{"clientActivityID":"abc","nested":[1,2] },"futureField":{"a":true} }
            """;

        var response = await _bot.Http.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var store = _bot.Services.GetRequiredService<EngageBot.Core.State.IStateStore>();
        var transcript = await store.ReadTranscriptAsync(new ConversationKey("emulator", "c9"), 0, 10, CancellationToken.None);
        using var inbound = JsonDocument.Parse(transcript.First(t => t.Direction == "in").Json);
        Assert.Equal("abc", inbound.RootElement.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.True(inbound.RootElement.GetProperty("futureField").GetProperty("a").GetBoolean());
    }

    [Theory]
    [InlineData("{\"type\":\"message\"", "Malformed JSON")]
    [InlineData("[1,2,3]", "Malformed JSON")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"}}", "from.id")]
    [InlineData("{\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}", "type")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"}}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator/x\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}", "channelId")]
    public async Task Bad_input_gets_a_problem_and_changes_nothing(string body, string mentioned)
    {
        var response = await _bot.Http.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentioned, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _bot.Count("transcript"));
        Assert.Equal(0, _bot.Count("state"));
    }

    [Fact]
    public async Task A_body_over_256_KiB_is_refused_with_413()
    {
        var activity = Activities.Message(_sink.ServiceUrl, new string('长', 100_000));

        var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.Count("transcript"));
    }

    [Theory]
    [InlineData("ping")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Activity_types_that_run_no_turn_are_acknowledged_and_ignored(string type)
    {
        var activity = Activities.Message(_sink.ServiceUrl, "help") with { Type = type };

        var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _bot.Count("transcript"));
        Assert.Equal(0, _bot.Count("processed_activities"));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Anonymous_mode_refuses_a_remote_serviceUrl()
    {
        var response = await _bot.PostActivityAsync(Activities.Message("https://attacker.example/", "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Count("transcript"));
    }

    [Fact]
    public async Task Anonymous_mode_refuses_a_request_that_carries_a_token()
    {
        var response = await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), bearerToken: "abc.def.ghi");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_calls_no_connector()
    {
        var activity = Activities.Message(_sink.ServiceUrl, "help") with { DeliveryMode = "expectReplies" };

        var response = await _bot.PostActivityAsync(activity);

        var body = await response.Content.ReadAsStringAsync();
        var replies = JsonSerializer.Deserialize(body, ProtocolJson.Default.ExpectedReplies)!;
        Assert.Single(replies.Activities);
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task An_unhandled_invoke_is_answered_501()
    {
        var activity = Activities.Message(_sink.ServiceUrl, "x") with { Type = ActivityTypes.Invoke, Name = "unknown/thing" };

        var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_reports_storage()
    {
        using var health = await Readiness.UntilHealthyAsync(_bot.Http);
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }
}
