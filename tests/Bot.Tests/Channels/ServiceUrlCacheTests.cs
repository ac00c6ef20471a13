using EngageBot.Features.Channels.BotFramework;

namespace EngageBot.Bot.Tests.Channels;

public sealed class ServiceUrlCacheTests
{
    [Fact]
    public void A_serviceUrl_is_parsed_once_and_what_is_no_url_stays_none()
    {
        var first = ServiceUrlCache.AsAbsolute("http://127.0.0.1:7001/sink");

        Assert.Same(first, ServiceUrlCache.AsAbsolute("http://127.0.0.1:7001/sink"));
        Assert.True(first!.IsLoopback);
        Assert.Null(ServiceUrlCache.AsAbsolute("not a url"));
        Assert.Null(ServiceUrlCache.AsAbsolute("not a url"));
        Assert.Null(ServiceUrlCache.AsAbsolute(null));
    }

    [Fact]
    public void A_root_ends_with_a_slash_whether_the_serviceUrl_did_or_not()
    {
        Assert.Equal("https://example.org/teams/", ServiceUrlCache.Root("https://example.org/teams").AbsoluteUri);
        Assert.Equal("https://example.org/teams/", ServiceUrlCache.Root("https://example.org/teams/").AbsoluteUri);
        Assert.Throws<UriFormatException>(() => ServiceUrlCache.Root("no url at all"));
    }
}
