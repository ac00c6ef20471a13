using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>
/// Issue 18, "the union office as a topic": asked for the union service centre's address, phone or hours, the bot
/// answers with the details staff fill in through the knowledge editor, never with 12351 or the Workers' Home page;
/// until staff fill them in, the member is told honestly where to ask and never sees the placeholder.
/// </summary>
public sealed class UnionOfficeTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Before_staff_fill_it_in_the_member_is_told_where_to_ask_and_never_sees_the_placeholder()
    {
        var zh = (await _host.SayAsync("m1", "工会服务中心的电话是多少？")).Activity.Text!;
        Assert.Contains("还没有登记", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("待填写", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("职工之家", zh, StringComparison.Ordinal);

        var en = (await _host.SayAsync("m2", "What are the union office hours?")).Activity.Text!;
        Assert.Contains("have not been entered here yet", en, StringComparison.Ordinal);
        Assert.DoesNotContain("to be filled in", en, StringComparison.Ordinal);

        // The editor shows staff the placeholder lines that say what to fill in.
        var entry = await EntryAsync();
        Assert.Contains("【待填写】", entry.GetProperty("answerZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("知识库编辑器", entry.GetProperty("answerZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_staff_fill_it_in_the_office_questions_get_the_address_phone_and_hours_in_zh_and_en()
    {
        var entry = await EntryAsync();
        using var saved = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/union-office", new
        {
            answerZh = "工会服务中心\n📍 地址：朝阳区工人路 8 号 2 层\n☎ 电话：010-6500 1234\n🕒 办公时间：周一至周五 9:00–17:00",
            answerEn = "The union service centre\n📍 Address: 2F, 8 Gongren Road, Chaoyang\n☎ Phone: 010-6500 1234\n🕒 Office hours: Mon–Fri 9:00–17:00",
            questionsZh = entry.GetProperty("questionsZh").EnumerateArray().Select(q => q.GetString()!).ToArray(),
            questionsEn = entry.GetProperty("questionsEn").EnumerateArray().Select(q => q.GetString()!).ToArray(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        foreach (var question in new[] { "工会服务中心电话多少", "工会办公室在哪里", "工会办公室几点上班" })
        {
            var reply = (await _host.SayAsync("m3", question)).Activity.Text!;
            Assert.Contains("010-6500 1234", reply, StringComparison.Ordinal);
            Assert.Contains("周一至周五 9:00–17:00", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("12351 是全国总工会", reply, StringComparison.Ordinal);
        }

        foreach (var question in new[] { "what is the phone number of the union office?", "where is the union service centre" })
        {
            var reply = (await _host.SayAsync("m4", question)).Activity.Text!;
            Assert.Contains("2F, 8 Gongren Road", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("worker hotline", reply, StringComparison.Ordinal);
        }

        // The hotline itself is still the hotline.
        Assert.Contains("12351 是全国总工会", (await _host.SayAsync("m5", "12351是什么电话")).Activity.Text!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filled_in_only_partly_the_member_gets_what_is_there_and_no_placeholder()
    {
        var entry = await EntryAsync();
        var zh = entry.GetProperty("answerZh").GetString()!.Replace("☎ 电话：【待填写】", "☎ 电话：010-6500 1234", StringComparison.Ordinal);
        using var saved = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/union-office", new
        {
            answerZh = zh,
            answerEn = entry.GetProperty("answerEn").GetString(),
            questionsZh = entry.GetProperty("questionsZh").EnumerateArray().Select(q => q.GetString()!).ToArray(),
            questionsEn = entry.GetProperty("questionsEn").EnumerateArray().Select(q => q.GetString()!).ToArray(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var reply = (await _host.SayAsync("m6", "工会办公室电话")).Activity.Text!;
        Assert.Contains("010-6500 1234", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("待填写", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("地址", reply, StringComparison.Ordinal);
    }

    private async Task<JsonElement> EntryAsync()
    {
        using var list = await _host.AdminAsync(HttpMethod.Get, "api/admin/knowledge");
        return (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().First(e => e.GetProperty("id").GetString() == "union-office");
    }
}
