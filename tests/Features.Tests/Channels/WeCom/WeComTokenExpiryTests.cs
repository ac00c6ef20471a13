using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.WeCom;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// message/send with a token WeCom no longer takes: expired (42001) or unknown (40014, revoked or the Secret reset).
/// The token is fetched again once and the message sent once; a second refusal is not retried in a loop.
/// </summary>
public sealed class WeComTokenExpiryTests
{
    [Theory]
    [InlineData(42001)]
    [InlineData(40014)]
    public async Task A_refused_token_is_fetched_again_once_and_the_message_is_sent_exactly_once(int refusal)
    {
        await using var wecom = await WeComHost.StartAsync();
        var api = wecom.Host.Services.GetRequiredService<WeComApiClient>();
        await api.SendAsync("zhangsan", Text("第一条"), CancellationToken.None);
        Assert.Equal(1, wecom.Stub.TokensIssued);

        if (refusal == 42001)
        {
            wecom.Stub.ExpireTokens();
        }
        else
        {
            wecom.Stub.RevokeTokens();
        }

        await api.SendAsync("zhangsan", Text("第二条"), CancellationToken.None);
        await api.SendAsync("zhangsan", Text("第三条"), CancellationToken.None);

        Assert.Equal(2, wecom.Stub.TokensIssued);   // one new token, kept for the third message
        Assert.Equal(1, wecom.Stub.TokenRefusals);  // the second message's first try only
        Assert.Equal(["第一条", "第二条", "第三条"], wecom.Stub.Accepted.Select(m => m["text"]!["content"]!.GetValue<string>()));
        Assert.Equal(1, wecom.Host.Count("tencent_access_tokens"));
    }

    [Fact]
    public async Task A_token_refused_again_after_the_refresh_fails_the_send_as_retryable_without_a_third_call()
    {
        await using var wecom = await WeComHost.StartAsync();
        var api = wecom.Host.Services.GetRequiredService<WeComApiClient>();
        wecom.Stub.IssueExpiredTokens = true;

        var failed = await Assert.ThrowsAsync<TencentApiException>(() => api.SendAsync("zhangsan", Text("通知"), CancellationToken.None));

        Assert.Equal(42001, failed.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, failed.StatusCode); // the outbox retries it later, with backoff
        Assert.Equal((2, 2), (wecom.Stub.TokensIssued, wecom.Stub.TokenRefusals));
        Assert.Empty(wecom.Stub.Accepted);
        Assert.Equal(0, wecom.Host.Count("tencent_access_tokens")); // the refused token is not kept for the next call
    }

    private static JsonObject Text(string content) =>
        new() { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = content } };
}
