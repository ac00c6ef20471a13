using EngageBot.Bot.Tests.Notices;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Groups;

/// <summary>"+1 技术部" in a 接龙 for an activity with a sign-up form: the word answers the form's first short field.</summary>
public sealed class ActivityChainFormTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private GroupFixture _groups = null!;

    public async Task InitializeAsync()
    {
        var settings = GroupFixture.Settings();
        settings["SignUps:SeedSamples"] = "false";
        _bot = await BotHost.StartAsync(settings: settings);
        _groups = new GroupFixture(_bot);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Plus_one_with_a_word_answers_the_first_short_field_shows_it_in_the_list_and_a_bad_option_says_what_to_send()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(3);
        using var created = await _groups.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title = "周六太极体验课", startsAt = starts.ToString("O"), endsAt = starts.AddHours(1).ToString("O"), place = "职工之家广场", capacity = 5,
        });
        var activityId = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        using var form = await _groups.AdminAsync(HttpMethod.Put, $"api/admin/activities/{activityId}/form", new
        {
            fields = new object[]
            {
                new { key = "phone", label = "手机号", kind = "phone", required = false },
                new { key = "dept", label = "部门", kind = "choice", required = true, options = new[] { "技术部", "财务部" } },
            },
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, form.StatusCode);
        var groupId = (await _groups.CreateGroupAsync("太极群")).GetProperty("groupId").GetString()!;
        await _groups.AddMemberAsync(groupId, "Y1", "张一");
        await _groups.AddMemberAsync(groupId, "Y2", "李二");
        var zhang = await _groups.GroupTokenAsync(await _groups.SignInAsync("Y1", "张一"), groupId);
        var li = await _groups.GroupTokenAsync(await _groups.SignInAsync("Y2", "李二"), groupId);

        await _groups.SayAsync(groupId, zhang, "#接龙 报名 太极体验课");
        var joined = await _groups.SayAsync(groupId, zhang, "+1 技术部");
        var wrong = await _groups.SayAsync(groupId, li, "+1 销售部");
        var plain = await _groups.SayAsync(groupId, li, "+1");

        Assert.EndsWith("（1/5人）\n1. 张一（技术部）", (await ReplyAsync(groupId, zhang, joined)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("请从以下选项中选择（可回复序号）：技术部、财务部。", await ReplyAsync(groupId, li, wrong));
        Assert.EndsWith("1. 张一（技术部）\n2. 李二", (await ReplyAsync(groupId, li, plain)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var roster = await _groups.AdminAsync(HttpMethod.Get, $"api/admin/activities/{activityId}/roster");
        var first = BotHost.Json(await roster.Content.ReadAsStringAsync()).GetProperty("confirmed")[0];
        Assert.Equal("技术部", first.GetProperty("answers").GetProperty("dept").GetString());
    }

    private async Task<string> ReplyAsync(string groupId, string token, string activityId) =>
        Assert.Single(await _groups.BotRepliesAsync(groupId, token, activityId));
}
