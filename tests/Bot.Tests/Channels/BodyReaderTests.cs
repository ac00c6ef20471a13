using System.Net;
using System.Text;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// The one JSON body reader behind /api/messages, Direct Line and the admin APIs: a body that is not JSON is 415,
/// one over the limit is refused even when it comes without a Content-Length, and neither changes anything.
/// </summary>
public sealed class BodyReaderTests : IAsyncLifetime
{
    private const string Activity = """{"type":"message","channelId":"emulator","from":{"id":"u"},"conversation":{"id":"c"},"text":"hi"}""";

    private BotHost _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: DirectLineClient.Settings());
        _client = new DirectLineClient(_bot, DirectLineClient.Secret);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task An_activity_sent_as_text_plain_is_415_on_both_channel_endpoints_and_runs_no_turn()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_quinn");
        var before = (_bot.Count("dl_activities"), _bot.Count("transcript"));

        using var messages = await _bot.Http.PostAsync("api/messages", new StringContent(Activity, Encoding.UTF8, "text/plain"));
        using var directLine = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, messages.StatusCode);
        Assert.Equal("application/problem+json", messages.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, directLine.StatusCode);
        Assert.Equal("BadArgument", BotHost.Json(await directLine.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, (_bot.Count("dl_activities"), _bot.Count("transcript")));
    }

    [Fact]
    public async Task A_chunked_activity_over_256_KiB_is_413_though_it_declares_no_length()
    {
        var huge = Activity.Replace("\"hi\"", $"\"{new string('长', 100_000)}\"", StringComparison.Ordinal);
        using var content = new StreamContent(new Unsized(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _bot.Http.PostAsync("api/messages", content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.Count("transcript"));
    }

    [Fact]
    public async Task An_admin_request_that_is_not_json_is_415_and_malformed_json_is_400()
    {
        using var plain = await _bot.Admin.PostAsync("api/admin/knowledge/try", new StringContent("""{"text":"会费"}""", Encoding.UTF8, "text/plain"));
        using var malformed = await _bot.Admin.PostAsync("api/admin/knowledge/try", new StringContent("""{"text":""", Encoding.UTF8, "application/json"));
        using var good = await _bot.Admin.PostAsync("api/admin/knowledge/try", new StringContent("""{"text":"会费"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    /// <summary>A stream that cannot tell its length, so HttpClient sends it chunked, without Content-Length.</summary>
    private sealed class Unsized(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
