using System.Net;

namespace EngageBot.Features.Tests.Channels.WeChat;

public sealed class WeChatMenuTests
{
    [Fact]
    public async Task An_admin_sets_the_menu_whose_clicks_send_the_keys_the_channel_maps_to_commands()
    {
        await using var wechat = await WeChatHost.StartAsync();

        var response = await wechat.Host.Admin.PostAsync(new Uri("api/admin/wechat/menu", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var menu = Assert.Single(wechat.Stub.Accepted, m => m["api"]!.GetValue<string>() == "menu");
        var buttons = menu["button"]!.AsArray();
        Assert.Equal(["会员服务", "近期活动", "我的报名"], buttons.Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal(("view", "https://union.example.cn/"), (buttons[0]!["type"]!.GetValue<string>(), buttons[0]!["url"]!.GetValue<string>()));
        Assert.Equal(
            ["近期活动", "我的报名"],
            buttons.Skip(1).Select(b => Features.Channels.WeChat.WeChatMenu.TextFor(b!["key"]!.GetValue<string>())));
    }

    [Fact]
    public async Task While_the_channel_is_off_setting_the_menu_is_a_404_that_says_what_to_configure()
    {
        await using var wechat = await WeChatHost.StartAsync(settings: new Dictionary<string, string?> { ["WeChat:Token"] = string.Empty });

        var response = await wechat.Host.Admin.PostAsync(new Uri("api/admin/wechat/menu", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("WeChat:Token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(wechat.Stub.Accepted);
    }
}
