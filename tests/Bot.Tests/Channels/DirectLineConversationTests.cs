using System.Net;
using System.Text;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>Posting, reading back and the shapes Web Chat relies on; bad bodies change nothing.</summary>
public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: DirectLineClient.Settings());
        _client = new DirectLineClient(_bot, DirectLineClient.Secret);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Start_is_201_with_a_stream_url_and_the_same_token_starting_again_is_200()
    {
        var (conversationId, token) = await _client.GenerateAsync("dl_kate", "Kate");

        using var first = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        using var again = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = BotHost.Json(await first.Content.ReadAsStringAsync());
        Assert.Equal(conversationId, body.GetProperty("conversationId").GetString());
        Assert.StartsWith("ws://", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task A_post_is_stored_with_its_id_the_senders_identity_and_channelData_then_answered()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_leo", "Leo");

        using var response = await _client.PostAsync(conversationId, token,
            """{"type":"message","text":"帮助","from":{"id":"dl_someone_else","role":"user"},"channelData":{"clientActivityID":"c-1","x":[1,2]}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString();
        Assert.Equal($"{conversationId}|0000002", id);
        var set = await _client.GetActivitiesAsync(conversationId, token);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal("3", set.GetProperty("watermark").GetString());
        var echo = activities.Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("dl_leo", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.False(echo.GetProperty("from").TryGetProperty("role", out _));
        Assert.Equal("c-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(2, echo.GetProperty("channelData").GetProperty("x").GetArrayLength());
        Assert.EndsWith("Z", echo.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
        var reply = activities[^1];
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("engagebot", reply.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_activities_pages_after_the_watermark()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_mia");
        await _client.PostAsync(conversationId, token, """{"type":"message","text":"你好"}""");

        var after2 = await _client.GetActivitiesAsync(conversationId, token, "2");
        var atEnd = await _client.GetActivitiesAsync(conversationId, token, "3");

        Assert.Equal($"{conversationId}|0000003", after2.GetProperty("activities")[0].GetProperty("id").GetString());
        Assert.Equal(0, atEnd.GetProperty("activities").GetArrayLength());
        Assert.Equal("3", atEnd.GetProperty("watermark").GetString());
    }

    [Theory]
    [InlineData("{not json", "BadSyntax")]
    [InlineData("[1,2]", "BadSyntax")]
    [InlineData("""{"text":"no type"}""", "MissingProperty")]
    public async Task A_malformed_post_is_400_and_stores_nothing(string body, string code)
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_ned");
        var before = _bot.Count("dl_activities");

        using var response = await _client.PostAsync(conversationId, token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, _bot.Count("dl_activities"));
    }

    [Fact]
    public async Task A_huge_post_is_413_and_stores_nothing()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_olga");
        var before = _bot.Count("dl_activities");
        var text = new string('长', 200_000);

        using var response = await _client.PostAsync(conversationId, token, $$"""{"type":"message","text":"{{text}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, _bot.Count("dl_activities"));
    }

    [Fact]
    public async Task An_unknown_conversation_is_404_for_the_secret()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "v3/directline/conversations/nope/activities", DirectLineClient.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_garbage_watermark_is_400()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_pia");

        using var response = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark=abc", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Typing_reaches_the_stream_but_never_the_history()
    {
        var (conversationId, token, streamUrl) = await _client.StartAsync("dl_quinn");
        using var socket = await DirectLineClient.OpenAsync(streamUrl);
        await DirectLineClient.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("id").GetString() == "engagebot");

        using var typing = await _client.PostAsync(conversationId, token, """{"type":"typing","text":"should vanish"}""");
        var live = await DirectLineClient.ReceiveUntilAsync(socket, a => a.GetProperty("type").GetString() == "typing");

        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        Assert.False(live.TryGetProperty("text", out _));
        var history = await _client.GetActivitiesAsync(conversationId, token);
        Assert.DoesNotContain(history.GetProperty("activities").EnumerateArray(), a => a.GetProperty("type").GetString() == "typing");
    }

    [Fact]
    public async Task Cors_preflight_allows_a_configured_origin_only()
    {
        await using var bot = await BotHost.StartAsync(settings: DirectLineClient.Settings(("DirectLine:AllowedOrigins:0", "https://union.example")));
        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
            return await bot.Http.SendAsync(request);
        }

        using var allowed = await PreflightAsync("https://union.example");
        using var other = await PreflightAsync("https://evil.example");

        Assert.Equal("https://union.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
