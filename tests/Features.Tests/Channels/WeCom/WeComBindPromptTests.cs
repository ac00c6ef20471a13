using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Channels.WeCom;
using EngageBot.Features.Channels.WeCom.Robots;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// A WeCom app user the roster does not name (no 企业微信账号, no single member with their mobile) is told once how to
/// bind: ahead of the answer to their first message, in their language, with the member page link when the service's
/// address is configured. Not on their next messages, not by another instance, and never to a user who was bound.
/// </summary>
public sealed class WeComBindPromptTests
{
    private const string MemberPage = "https://union.example.cn/";

    [Fact]
    public async Task An_unbound_user_is_told_how_to_bind_once_ahead_of_the_answer_and_a_bound_one_never()
    {
        await using var wecom = await StartAsync(new Dictionary<string, string?> { ["WeCom:Robots:MemberPageUrl"] = MemberPage });
        wecom.Stub.Members["stranger"] = "13700000000"; // WeCom knows their mobile; the roster does not

        await WeComAutoBindingTests.PostAsync(wecom, "stranger", "你好");
        var first = await NextToAsync(wecom, "stranger");
        var answer = await NextToAsync(wecom, "stranger");
        await WeComAutoBindingTests.PostAsync(wecom, "stranger", "近期活动");
        var second = await NextToAsync(wecom, "stranger");
        await WeComAutoBindingTests.PostAsync(wecom, "lilei", "你好"); // the roster names lilei: bound on this message
        var lilei = await NextToAsync(wecom, "lilei");

        Assert.StartsWith("您的企业微信账号还没有绑定工会会员", Text(first), StringComparison.Ordinal);
        Assert.Contains("在企业微信里打开会员页 https://union.example.cn/api/wecom/oauth/start", Text(first), StringComparison.Ordinal);
        Assert.Contains("请联系本单位工会", Text(first), StringComparison.Ordinal);
        Assert.False(IsPrompt(answer));
        Assert.False(IsPrompt(second)); // the next message's answer comes without the prompt
        Assert.False(IsPrompt(lilei));
        Assert.Single(wecom.Stub.Accepted, IsPrompt);
        Assert.Equal(1, Prompts(wecom));
    }

    [Fact]
    public async Task A_user_who_writes_English_is_told_in_English_and_another_instance_does_not_tell_them_again()
    {
        await using var wecom = await StartAsync();

        await WeComAutoBindingTests.PostAsync(wecom, "visitor7", "Hello, what activities are coming up?");
        var first = await NextToAsync(wecom, "visitor7");
        // Another instance (its memory empty) sees the same user write: the outbox already holds their prompt.
        var other = ActivatorUtilities.CreateInstance<WeComBindPrompt>(wecom.Host.Services);
        await other.TellIfUnboundAsync(
            new Activity { Type = ActivityTypes.Message, ChannelId = "wecom", Text = "hi", From = new ChannelAccount { Id = "visitor7" }, Conversation = new ConversationAccount { Id = "visitor7" } },
            CancellationToken.None);
        var answer = await NextToAsync(wecom, "visitor7");

        Assert.StartsWith("Your WeCom account is not linked to a union member yet", Text(first), StringComparison.Ordinal);
        Assert.Contains("open the member service app in the WeCom workbench", Text(first), StringComparison.Ordinal); // no address configured
        Assert.False(IsPrompt(answer));
        Assert.Equal(1, Prompts(wecom));
        Assert.Single(wecom.Stub.Accepted, IsPrompt);
    }

    [Fact]
    public void The_prompt_names_the_page_in_Chinese_by_default()
    {
        var prompt = new WeComBindPrompt(null!, null!, Options.Create(new WeComRobotOptions { MemberPageUrl = new Uri("https://union.example.cn/members") }));

        Assert.Equal(
            "您的企业微信账号还没有绑定工会会员：系统没能根据您的企业微信账号或手机号在会员名册里自动找到您。请在企业微信里打开会员页 https://union.example.cn/members/api/wecom/oauth/start，"
            + "用会员号和短信验证码登录一次即可绑定；登录不了或名册信息有误，请联系本单位工会核对名册。绑定前也可以直接提问。",
            prompt.For(Language.Chinese));
    }

    private static async Task<WeComHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var wecom = await WeComHost.StartAsync(settings: settings);
        using var content = new StringContent("会员号,姓名,手机号,工会,企业微信账号\nBJ-3001,李雷,13800003001,测试区总工会/一厂,lilei\n", System.Text.Encoding.UTF8, "text/csv");
        using var imported = await wecom.Host.Admin.PostAsync(new Uri("api/admin/members/import", UriKind.Relative), content);
        imported.EnsureSuccessStatusCode();
        return wecom;
    }

    /// <summary>The next message WeCom accepted for <paramref name="userId"/> (others' are skipped).</summary>
    private static async Task<JsonObject> NextToAsync(WeComHost wecom, string userId)
    {
        while (true)
        {
            var message = await wecom.Stub.NextAsync(TimeSpan.FromSeconds(60));
            if (message["touser"]?.GetValue<string>() == userId)
            {
                return message;
            }
        }
    }

    private static string Text(JsonObject message) => message["text"]?["content"]?.GetValue<string>() ?? string.Empty;

    private static bool IsPrompt(JsonObject message) => Text(message).Contains("绑定工会会员", StringComparison.Ordinal) || Text(message).Contains("not linked", StringComparison.Ordinal);

    private static long Prompts(WeComHost wecom)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={wecom.Host.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM outbox WHERE idempotency_key LIKE $p";
        command.Parameters.AddWithValue("$p", WeComBindPrompt.KeyPrefix + "%");
        return (long)command.ExecuteScalar()!;
    }
}
