using System.Net;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>Who may do what on Direct Line: the secret, tokens bound to one conversation, and nothing else.</summary>
public sealed class DirectLineAuthTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private BotHost _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: DirectLineClient.Settings(("DirectLine:RequestBurst", "20"), ("DirectLine:RequestsPerSecond", "1")), configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
        _client = new DirectLineClient(_bot, DirectLineClient.Secret);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task No_authorization_is_401_with_a_direct_line_error_body()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_forged_token_is_403_and_opens_nothing()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_alice");
        var parts = token.Split('.');
        var forgedPayload = parts[1][..^2] + (parts[1][^2..] == "AA" ? "AB" : "AA");
        var forged = $"{parts[0]}.{forgedPayload}.{parts[2]}";
        var before = _bot.Count("dl_activities");

        using var get = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", forged);
        using var post = await _client.PostAsync(conversationId, forged, """{"type":"message","text":"hi"}""");
        using var garbage = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", "not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        Assert.Equal(before, _bot.Count("dl_activities"));
    }

    [Fact]
    public async Task An_expired_token_is_403_TokenExpired_and_cannot_be_refreshed()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_bob");
        _clock.Advance(TimeSpan.FromMinutes(31));

        using var get = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal("TokenExpired", BotHost.Json(await get.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_refreshed_token_outlives_the_old_one()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_carol");
        _clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        var fresh = BotHost.Json(await refresh.Content.ReadAsStringAsync()).GetProperty("token").GetString()!;
        _clock.Advance(TimeSpan.FromMinutes(20));

        using var withOld = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        using var withFresh = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", fresh);

        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withFresh.StatusCode);
    }

    [Fact]
    public async Task A_token_never_reads_or_writes_another_conversation()
    {
        var (_, mine, _) = await _client.StartAsync("dl_dave");
        var (theirs, _, _) = await _client.StartAsync("dl_erin");
        var before = _bot.Count("dl_activities");

        using var read = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirs}/activities", mine);
        using var write = await _client.PostAsync(theirs, mine, """{"type":"message","text":"hi"}""");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirs}", mine);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(before, _bot.Count("dl_activities"));
    }

    [Fact]
    public async Task A_stream_credential_is_not_a_bearer_token_and_only_opens_its_own_stream()
    {
        var (conversationId, _, streamUrl) = await _client.StartAsync("dl_frank");
        var (other, _, _) = await _client.StartAsync("dl_gina");
        var credential = Uri.UnescapeDataString(streamUrl[(streamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)..]);

        using var asBearer = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", credential);
        var foreignUrl = streamUrl.Replace(conversationId, other, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => DirectLineClient.OpenAsync(foreignUrl));

        Assert.Equal(HttpStatusCode.Forbidden, asBearer.StatusCode);
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_secret_generates_tokens()
    {
        var (_, token, _) = await _client.StartAsync("dl_hank");

        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Flooding_with_one_token_gets_429_with_Retry_After_and_leaves_others_alone()
    {
        var (conversationId, token, _) = await _client.StartAsync("dl_ivy");
        var (otherConversation, otherToken, _) = await _client.StartAsync("dl_jack");

        HttpResponseMessage? throttled = null;
        for (var i = 0; i < 200 && throttled is null; i++)
        {
            var response = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(throttled);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var other = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{otherConversation}/activities", otherToken);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        throttled.Dispose();
    }
}
