using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Groups;

/// <summary>接龙 in a group, end to end over Direct Line, including a restart in the middle.</summary>
public sealed class ChainTests
{
    [Fact]
    public async Task A_chain_keeps_one_numbered_list_enforces_its_limit_lets_members_withdraw_and_survives_a_restart()
    {
        var database = BotHost.NewDatabasePath();
        string groupId;
        string a, b, c;
        await using (var bot = await BotHost.StartAsync(database, GroupFixture.Settings()))
        {
            var groups = new GroupFixture(bot);
            groupId = (await groups.CreateGroupAsync("瑜伽俱乐部")).GetProperty("groupId").GetString()!;
            foreach (var (number, name) in new[] { ("Y1", "张一"), ("Y2", "李二"), ("Y3", "王三") })
            {
                await groups.AddMemberAsync(groupId, number, name);
            }

            a = await groups.GroupTokenAsync(await groups.SignInAsync("Y1", "张一"), groupId);
            b = await groups.GroupTokenAsync(await groups.SignInAsync("Y2", "李二"), groupId);
            c = await groups.GroupTokenAsync(await groups.SignInAsync("Y3", "王三"), groupId);

            var start = await groups.SayAsync(groupId, a, "#接龙 周六上午瑜伽 限2人");
            Assert.Contains("接龙：周六上午瑜伽（0/2人）", Assert.Single(await groups.BotRepliesAsync(groupId, a, start)), StringComparison.Ordinal);
            var join = await groups.SayAsync(groupId, a, "+1");
            Assert.EndsWith("1. 张一", Assert.Single(await groups.BotRepliesAsync(groupId, a, join)), StringComparison.Ordinal);
            var again = await groups.SayAsync(groupId, a, "接龙");
            Assert.Contains("已经在接龙里了", Assert.Single(await groups.BotRepliesAsync(groupId, a, again)), StringComparison.Ordinal);
        }

        await using (var bot = await BotHost.StartAsync(database, GroupFixture.Settings()))
        {
            var groups = new GroupFixture(bot);
            var byName = await groups.SayAsync(groupId, b, "李二");
            Assert.EndsWith("1. 张一\n2. 李二", Assert.Single(await groups.BotRepliesAsync(groupId, b, byName)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
            var full = await groups.SayAsync(groupId, c, "+1");
            Assert.Contains("接龙已满", Assert.Single(await groups.BotRepliesAsync(groupId, c, full)), StringComparison.Ordinal);
            var withdraw = await groups.SayAsync(groupId, a, "-1");
            Assert.EndsWith("（1/2人）\n1. 李二", Assert.Single(await groups.BotRepliesAsync(groupId, a, withdraw)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
            var now = await groups.SayAsync(groupId, c, "+1");
            Assert.EndsWith("1. 李二\n2. 王三", Assert.Single(await groups.BotRepliesAsync(groupId, c, now)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
            var end = await groups.SayAsync(groupId, a, "#结束接龙");
            Assert.StartsWith("接龙已结束", Assert.Single(await groups.BotRepliesAsync(groupId, a, end)), StringComparison.Ordinal);
            var after = await groups.SayAsync(groupId, b, "+1");
            Assert.Contains("没有进行中的接龙", Assert.Single(await groups.BotRepliesAsync(groupId, b, after)), StringComparison.Ordinal);
        }
    }
}
