using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Staff;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Groups;

/// <summary>Staff read a group's running 接龙 through the admin API, as the console's groups page shows it.</summary>
public sealed class GroupChainApiTests
{
    [Fact]
    public async Task The_chain_list_shows_who_joined_in_order_and_nothing_once_it_ends()
    {
        await using var bot = await BotHost.StartAsync(settings: GroupFixture.Settings());
        var groups = new GroupFixture(bot);
        var groupId = (await groups.CreateGroupAsync("瑜伽俱乐部")).GetProperty("groupId").GetString()!;
        await groups.AddMemberAsync(groupId, "Y1", "张一");
        await groups.AddMemberAsync(groupId, "Y2", "李二");
        var a = await groups.GroupTokenAsync(await groups.SignInAsync("Y1", "张一"), groupId);
        var b = await groups.GroupTokenAsync(await groups.SignInAsync("Y2", "李二"), groupId);

        Assert.False((await ChainAsync(groups, groupId)).GetProperty("open").GetBoolean());
        await groups.BotRepliesAsync(groupId, a, await groups.SayAsync(groupId, a, "#接龙 周六上午瑜伽 限2人"));
        await groups.BotRepliesAsync(groupId, b, await groups.SayAsync(groupId, b, "+1"));
        await groups.BotRepliesAsync(groupId, a, await groups.SayAsync(groupId, a, "+1"));

        var chain = await ChainAsync(groups, groupId);
        Assert.True(chain.GetProperty("open").GetBoolean());
        Assert.Equal("周六上午瑜伽", chain.GetProperty("title").GetString());
        Assert.Equal(2, chain.GetProperty("limit").GetInt32());
        Assert.Equal<string>(["李二", "张一"], chain.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList());

        await groups.BotRepliesAsync(groupId, a, await groups.SayAsync(groupId, a, "#结束接龙"));
        Assert.False((await ChainAsync(groups, groupId)).GetProperty("open").GetBoolean());
        using var missing = await groups.AdminAsync(HttpMethod.Get, "api/admin/groups/no-such-group/chain");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<JsonElement> ChainAsync(GroupFixture groups, string groupId)
    {
        using var response = await groups.AdminAsync(HttpMethod.Get, $"api/admin/groups/{groupId}/chain");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
