using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Sign-up forms (部门, 家属人数, 尺码, 电话) in chat, through /api/messages and the real turn pipeline: asked one
/// by one after the confirmation, checked with errors that say what to type, stored with the seat, shown on the
/// roster and its CSV, changeable until sign-up closes; and the staff API that defines them refuses bad forms.
/// </summary>
public sealed class SignUpFormTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object[] FullForm =>
    [
        new { key = "dept", label = "部门", labelEn = "Department", kind = "text", required = true },
        new { key = "family", label = "家属人数", labelEn = "Family members", kind = "number", required = true, max = 5 },
        new { key = "size", label = "尺码", labelEn = "Size", kind = "choice", required = false, options = new[] { "S", "M", "L" } },
        new { key = "phone", label = "手机号", labelEn = "Mobile", kind = "phone", required = false },
    ];

    [Fact]
    public async Task Zh_the_form_is_asked_field_by_field_with_errors_that_say_what_to_type_and_the_seat_comes_with_the_answers()
    {
        var id = await ActivityWithFormAsync(FullForm);

        var confirm = await _host.SayAsync("z1", "我想报名");
        var dept = await _host.SayAsync("z1", "是");
        var family = await _host.SayAsync("z1", "技术部");
        var tooMany = await _host.SayAsync("z1", "8");
        var size = await _host.SayAsync("z1", "２");
        var phone = await _host.SayAsync("z1", "2");
        Assert.Equal(0, _host.Bot.Count("signups"));
        var badPhone = await _host.SayAsync("z1", "12345");
        var done = await _host.SayAsync("z1", "138 1234 5678");

        Assert.StartsWith("确认报名「瑜伽体验课」", confirm.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("报名信息 1/4：请填写部门", dept.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("报名信息 2/4：请填写家属人数（请输入 0–5 的数字）", family.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("请输入 0 到 5 之间的整数，例如 1。\n报名信息 2/4", tooMany.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("报名信息 3/4：请填写尺码，请选择：\n1. S\n2. M\n3. L\n4. 跳过", size.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("报名信息 4/4：请填写手机号（11 位手机号）（选填，可发送“跳过”）", phone.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("手机号格式不对，请输入 11 位手机号，例如 13812345678", badPhone.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("报名成功", done.Activity.Text, StringComparison.Ordinal);
        var member = Assert.Single((await RosterAsync(id)).GetProperty("confirmed").EnumerateArray());
        Assert.Equal("""{"dept":"技术部","family":"2","size":"M","phone":"13812345678"}""", member.GetProperty("answers").GetRawText());
        var csv = await CsvAsync(id);
        Assert.Contains("部门 Department,家属人数 Family members,尺码 Size,手机号 Mobile", csv, StringComparison.Ordinal);
        Assert.Contains(",技术部,2,M,13812345678", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task En_optional_fields_can_be_skipped_a_choice_is_picked_by_number_and_a_wrong_choice_is_asked_again()
    {
        var id = await ActivityWithFormAsync(
        [
            new { key = "dept", label = "部门", labelEn = "Department", kind = "text", required = false },
            new { key = "size", label = "尺码", labelEn = "Size", kind = "choice", required = true, options = new[] { "S", "M", "L" } },
        ]);

        await _host.SayAsync("en1", "I want to sign up");
        var dept = await _host.SayAsync("en1", "yes");
        var size = await _host.SayAsync("en1", "skip");
        var wrong = await _host.SayAsync("en1", "XXL");
        var done = await _host.SayAsync("en1", "3");

        Assert.StartsWith("Sign-up details 1/2: Department (optional: send \"skip\" to leave it out)", dept.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sign-up details 2/2: Size. Pick one:\n1. S\n2. M\n3. L\nReply with the number", size.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sorry, I didn't get that. Reply with a number or tap an option.\nSign-up details 2/2", wrong.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("You're signed up", done.Activity.Text, StringComparison.Ordinal);
        var member = Assert.Single((await RosterAsync(id)).GetProperty("confirmed").EnumerateArray());
        Assert.Equal("""{"size":"L"}""", member.GetProperty("answers").GetRawText());
    }

    [Fact]
    public async Task En_a_required_field_left_empty_or_an_invalid_number_and_phone_say_what_to_type()
    {
        await ActivityWithFormAsync(
        [
            new { key = "family", label = "家属人数", labelEn = "Family members", kind = "number", required = true, max = 3 },
            new { key = "phone", label = "手机号", labelEn = "Mobile", kind = "phone", required = true },
        ]);

        await _host.SayAsync("en2", "I want to sign up");
        await _host.SayAsync("en2", "yes");
        var skipRequired = await _host.SayAsync("en2", "skip");
        var word = await _host.SayAsync("en2", "two");
        await _host.SayAsync("en2", "1");
        var badPhone = await _host.SayAsync("en2", "555-0199");

        Assert.StartsWith("Please type a whole number from 0 to 3, e.g. 1.", skipRequired.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("Please type a whole number from 0 to 3", word.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("That doesn't look like a phone number. Please type an 11-digit mobile number", badPhone.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Theory]
    [InlineData("z3", "我想报名", "是", "不填", "报名信息 2/2")]
    [InlineData("z4", "我想报名", "是", "跳过", "报名信息 2/2")]
    [InlineData("e3", "I want to sign up", "yes", "skip", "Sign-up details 2/2")]
    [InlineData("e4", "I want to sign up", "yes", "skip it", "Sign-up details 2/2")]
    public async Task A_word_that_answers_the_field_is_the_answer_even_where_it_could_call_things_off(string member, string start, string yes, string answer, string next)
    {
        await ActivityWithFormAsync(
        [
            new { key = "phone", label = "手机号", labelEn = "Mobile", kind = "phone", required = false },
            new { key = "family", label = "家属人数", labelEn = "Family members", kind = "number", required = true, max = 3 },
        ]);

        await _host.SayAsync(member, start);
        await _host.SayAsync(member, yes);
        var reply = await _host.SayAsync(member, answer);
        var refused = await _host.SayAsync(member, answer);

        Assert.StartsWith(next, reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains(member.StartsWith('z') ? "请输入 0 到 3 之间的整数" : "Please type a whole number from 0 to 3", refused.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Theory]
    [InlineData("取消", "好的，已退出“报名”")]
    [InlineData("算了", "好的，已退出“报名”")]
    [InlineData("不想填了", "好的，已退出“报名”")]
    [InlineData("取消报名", "好的，已退出“报名”")]
    [InlineData("不报了", "好的，已退出“报名”")]
    [InlineData("cancel", "OK, I've stopped the sign-up")]
    [InlineData("stop the sign-up", "OK, I've stopped the sign-up")]
    [InlineData("never mind", "OK, I've stopped the sign-up")]
    public async Task An_explicit_cancel_stops_the_form_even_at_a_free_text_field_and_signs_nobody_up(string cancel, string stopped)
    {
        await ActivityWithFormAsync([new { key = "dept", label = "部门", labelEn = "Department", kind = "text", required = true }]);
        var english = stopped.StartsWith('O');

        await _host.SayAsync("x1", english ? "I want to sign up" : "我想报名");
        var asked = await _host.SayAsync("x1", english ? "yes" : "是");
        var reply = await _host.SayAsync("x1", cancel);

        Assert.StartsWith(english ? "Sign-up details 1/1" : "报名信息 1/1", asked.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith(stopped, reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Theory]
    [InlineData("en2", "no thanks")]
    [InlineData("en3", "No thank you.")]
    [InlineData("en4", "pass")]
    public async Task A_polite_no_at_an_optional_field_skips_it_and_the_sign_up_goes_through(string member, string no)
    {
        var id = await ActivityWithFormAsync([new { key = "phone", label = "手机号", labelEn = "Mobile", kind = "phone", required = false }]);

        await _host.SayAsync(member, "I want to sign up");
        await _host.SayAsync(member, "yes");
        var done = await _host.SayAsync(member, no);

        Assert.StartsWith("You're signed up", done.Activity.Text, StringComparison.Ordinal);
        var signedUp = Assert.Single((await RosterAsync(id)).GetProperty("confirmed").EnumerateArray());
        Assert.False(signedUp.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task Stop_the_sign_up_outside_a_form_never_signs_up_and_asks_before_cancelling_a_booking()
    {
        await ActivityWithFormAsync([new { key = "dept", label = "部门", labelEn = "Department", kind = "text", required = false }]);

        var nothing = await _host.SayAsync("s1", "stop the sign-up");
        Assert.StartsWith("I couldn't find that sign-up", nothing.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));

        await _host.SayAsync("s1", "I want to sign up");
        await _host.SayAsync("s1", "yes");
        await _host.SayAsync("s1", "skip");
        var asked = await _host.SayAsync("s1", "stop the sign-up");

        Assert.StartsWith("Cancel your sign-up for", asked.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(1, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task A_sign_up_button_starts_the_form_and_signing_up_again_offers_to_change_the_details_before_the_deadline()
    {
        var id = await ActivityWithFormAsync([new { key = "dept", label = "部门", kind = "text", required = true }], signUpClosesIn: TimeSpan.FromDays(1));

        var asked = await _host.SendAsync(_host.PostBack("c1", "signup", id));
        await _host.SayAsync("c1", "工会办");
        var again = await _host.SendAsync(_host.PostBack("c1", "signup", id));
        var edit = await _host.SendAsync(_host.PostBack("c1", "form", id));
        var changed = await _host.SayAsync("c1", "财务部");
        _host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var closed = await _host.SendAsync(_host.PostBack("c1", "form", id));

        Assert.StartsWith("报名信息 1/1：请填写部门", asked.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("修改报名信息", again.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.StartsWith("报名信息 1/1：请填写部门", edit.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("已更新您在「瑜伽体验课」的报名信息。\n部门：财务部", changed.Activity.Text);
        Assert.StartsWith("「瑜伽体验课」已过报名截止时间，报名信息不能再修改了", closed.Activity.Text, StringComparison.Ordinal);
        var member = Assert.Single((await RosterAsync(id)).GetProperty("confirmed").EnumerateArray());
        Assert.Equal("财务部", member.GetProperty("answers").GetProperty("dept").GetString());
        Assert.Equal(1, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task Bad_forms_get_a_400_that_names_the_field_and_change_nothing()
    {
        var id = await ActivityWithFormAsync([new { label = "部门", kind = "text" }]);

        using var badKind = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}/form", new { fields = new[] { new { label = "日期", kind = "date" } } });
        using var oneOption = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}/form",
            new { fields = new[] { new { label = "尺码", kind = "choice", options = new[] { "M" } } } });
        using var noFields = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}/form", new { });
        using var notJson = await _host.Bot.Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"api/admin/activities/{id}/form")
        {
            Content = new StringContent("{", Encoding.UTF8, "application/json"),
            Headers = { Authorization = new("Bearer", await _host.TokenAsync()) },
        });
        using var noActivity = await _host.AdminAsync(HttpMethod.Put, "api/admin/activities/act-000000000000/form", new { fields = Array.Empty<object>() });
        using var form = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/form");

        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("fields[0].kind", await badKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, oneOption.StatusCode);
        Assert.Contains("fields[0].options", await oneOption.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noFields.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noActivity.StatusCode);
        var field = Assert.Single((await form.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields").EnumerateArray());
        Assert.Equal("f1", field.GetProperty("key").GetString());
        Assert.Equal("text", field.GetProperty("kind").GetString());
    }

    private async Task<string> ActivityWithFormAsync(object[] fields, TimeSpan? signUpClosesIn = null)
    {
        var id = await _host.CreateActivityAsync(capacity: 10, startsIn: TimeSpan.FromDays(3), signUpClosesIn: signUpClosesIn);
        using var put = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}/form", new { fields });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return id;
    }

    private async Task<JsonElement> RosterAsync(string id)
    {
        using var roster = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/roster");
        return await roster.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> CsvAsync(string id)
    {
        using var csv = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/roster.csv");
        return await csv.Content.ReadAsStringAsync();
    }
}
