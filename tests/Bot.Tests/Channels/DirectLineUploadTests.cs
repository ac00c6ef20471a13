using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>Uploads as directlinejs sends them: multipart with an activity part and file parts.</summary>
public sealed class DirectLineUploadTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private BotHost _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: DirectLineClient.Settings(("DirectLine:MaxUploadBytes", "100000")));
        _client = new DirectLineClient(_bot, DirectLineClient.Secret);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    private static MultipartFormDataContent Upload(byte[] file, string contentType, string name = "photo.png")
    {
        var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":"message","text":"看图","channelData":{"clientActivityID":"u-1"}}"""));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", name);
        return form;
    }

    [Fact]
    public async Task An_image_is_stored_served_at_its_content_url_and_posted_as_a_message()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_rosa");

        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload?userId=dl_rosa", token, Upload(Png, "image/png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString();
        var history = await _client.GetActivitiesAsync(conversationId, token);
        var message = history.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("u-1", message.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var attachment = message.GetProperty("attachments")[0];
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        var url = attachment.GetProperty("contentUrl").GetString()!;
        Assert.StartsWith(_bot.BaseAddress.ToString(), url, StringComparison.Ordinal);
        var served = await _bot.Http.GetByteArrayAsync(new Uri(url));
        Assert.Equal(Png, served);
    }

    [Fact]
    public async Task A_file_that_lies_about_its_type_is_415_and_stores_nothing()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_sam");
        var before = _bot.Count("dl_attachments");

        using var script = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload", token,
            Upload("<script>alert(1)</script>"u8.ToArray(), "image/png"));
        using var html = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload", token,
            Upload("<html></html>"u8.ToArray(), "text/html", "page.html"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, script.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        Assert.Equal(before, _bot.Count("dl_attachments"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_413_and_stores_nothing()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_tom");
        var big = new byte[150_000];
        Png.CopyTo(big, 0);
        var before = _bot.Count("dl_attachments");

        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload", token, Upload(big, "image/png"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, _bot.Count("dl_attachments"));
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_is_400()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_una");

        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload", token,
            new ByteArrayContent(Png));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
