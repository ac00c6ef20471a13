using System.Net;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.Tencent;

/// <summary>The shell both callbacks share: without a Token the channel is off and neither route answers.</summary>
public sealed class CallbackEndpointsTests
{
    [Theory]
    [InlineData("api/wechat")]
    [InlineData("api/wecom/callback")]
    public async Task A_channel_without_a_token_answers_404_to_the_url_check_and_to_messages(string path)
    {
        await using var host = await BotHost.StartAsync();

        var check = await host.Http.GetAsync(new Uri($"{path}?signature=x&msg_signature=x&timestamp=1&nonce=1&echostr=x", UriKind.Relative));
        using var body = new StringContent("<xml><ToUserName>a</ToUserName></xml>", System.Text.Encoding.UTF8, "text/xml");
        var message = await host.Http.PostAsync(new Uri($"{path}?signature=x&timestamp=1&nonce=1", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, message.StatusCode);
    }
}
