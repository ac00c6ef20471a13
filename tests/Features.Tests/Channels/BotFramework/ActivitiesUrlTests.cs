using EngageBot.Features.Channels.BotFramework;

namespace EngageBot.Features.Tests.Channels.BotFramework;

/// <summary>The activities URL built in one string is the URL resolving its path against the serviceUrl gives.</summary>
public sealed class ActivitiesUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "a:1", "r|1")]
    [InlineData("https://smba.trafficmanager.net/teams", "19:abc@thread.v2;messageid=1", null)]
    [InlineData("http://127.0.0.1:5000", "会话 1", "回复")]
    [InlineData("http://127.0.0.1:5000/", "..", ".")]
    [InlineData("http://127.0.0.1:5000/a/../b/", "a/b?c#d", "%2F")]
    [InlineData("https://Example.COM:443/Path%20X/", "id", "")]
    [InlineData("https://example.com/api?tenant=1", "id", "r")]
    [InlineData("https://example.com/api#part", "id", null)]
    public void Equals_the_path_resolved_against_the_root(string serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        var resolved = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);

        var built = ConnectorSender.ActivitiesUrl(serviceUrl, conversationId, replyToId);

        Assert.Equal(resolved.AbsoluteUri, built.AbsoluteUri);
        Assert.Equal(resolved.PathAndQuery, built.PathAndQuery);
    }
}
