using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Knowledge;

/// <summary>
/// A bot that learns, over real HTTP and chat: a question it cannot answer shows up (digits masked) in the console's
/// unanswered list, staff add it to an entry in one call, and the same question is then answered (zh and en); staff
/// add, retire, restore and date answers, with the evaluation preview, and bad input changes nothing.
/// </summary>
public sealed class LearnTests : IAsyncLifetime
{
    private const string Target = "legal-aid";
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("zh", "紫色大象补贴怎么领？我是13812345678", "answerZh")]
    [InlineData("en", "how do I get a purple elephant sticker, my number is 13812345678", "answerEn")]
    public async Task A_question_the_bot_could_not_answer_is_listed_masked_and_once_added_as_a_sample_question_is_answered(
        string language, string question, string answerField)
    {
        var answer = (await EntryAsync(Target)).GetProperty(answerField).GetString()!;
        var first = await _host.SayAsync("m1", question);
        Assert.DoesNotContain(answer, first.Activity.Text ?? "", StringComparison.Ordinal);

        var group = Assert.Single((await UnansweredAsync()).GetProperty("groups").EnumerateArray());
        var sample = group.GetProperty("sample").GetString()!;
        Assert.DoesNotContain("13812345678", sample, StringComparison.Ordinal);
        Assert.Contains("###########", sample, StringComparison.Ordinal);
        Assert.Equal(language, group.GetProperty("language").GetString());
        Assert.Equal(1, group.GetProperty("count").GetInt32());
        var ids = group.GetProperty("ids").EnumerateArray().Select(i => i.GetInt64()).ToArray();

        using var added = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/sample-question",
            new { entryId = Target, question = sample, language, ids });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        Assert.Empty((await UnansweredAsync()).GetProperty("groups").EnumerateArray());
        var again = await _host.SayAsync("m3", question);
        Assert.Contains(answer, again.Activity.Text, StringComparison.Ordinal);
        Assert.Contains(sample, (await EntryAsync(Target)).GetProperty(language == "en" ? "questionsEn" : "questionsZh").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task Unanswered_actions_refuse_bad_input_and_unknown_ids_and_anonymous_callers()
    {
        await _host.SayAsync("m1", "紫色大象补贴怎么领");
        var ids = (await UnansweredAsync()).GetProperty("groups")[0].GetProperty("ids").EnumerateArray().Select(i => i.GetInt64()).ToArray();

        using var noEntry = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/sample-question", new { entryId = "no-such", question = "紫色大象", language = "zh", ids });
        using var noQuestion = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/sample-question", new { entryId = Target, question = " ", language = "zh", ids });
        using var unknown = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/handled", new { ids = new[] { 987654L } });
        using var anonymous = await _host.Bot.Http.GetAsync("api/admin/knowledge/unanswered");

        Assert.Equal(HttpStatusCode.NotFound, noEntry.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noQuestion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Single((await UnansweredAsync()).GetProperty("groups").EnumerateArray());

        using var dismissed = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/handled", new { ids });
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Empty((await UnansweredAsync()).GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task Staff_add_a_topic_retire_and_restore_it_and_it_survives_a_restart()
    {
        var draft = Draft("purple-elephant", "紫色大象补贴", "紫象补贴每人 200 元，找工会小王领取。", "The purple elephant allowance is 200 yuan; ask Wang at the union.");

        using var noTitle = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries", draft with { TitleZh = "" });
        using var badId = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries", draft with { Id = "Purple Elephant!" });
        using var shippedId = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries", draft with { Id = Target });
        using var anonymous = await _host.Bot.Http.PostAsJsonAsync("api/admin/knowledge/entries", draft);
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, shippedId.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.DoesNotContain("200 元", (await _host.SayAsync("m1", "紫色大象补贴怎么领")).Activity.Text ?? "", StringComparison.Ordinal);

        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var duplicate = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries", draft);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("200 元", (await _host.SayAsync("m2", "紫色大象补贴怎么领")).Activity.Text, StringComparison.Ordinal);
        Assert.Contains("200 yuan", (await _host.SayAsync("m3", "how do I get the purple elephant allowance")).Activity.Text, StringComparison.Ordinal);

        using var retired = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries/purple-elephant/retire");
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        using var unknown = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries/no-such-entry/retire");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("200 元", (await _host.SayAsync("m4", "紫色大象补贴怎么领")).Activity.Text ?? "", StringComparison.Ordinal);
        Assert.True((await EntryAsync("purple-elephant")).GetProperty("retired").GetBoolean());

        var path = _host.Bot.DatabasePath;
        await _host.DisposeAsync();
        _host = await SignUpTestHost.StartAsync(databasePath: path);
        Assert.True((await EntryAsync("purple-elephant")).GetProperty("retired").GetBoolean());
        using var restored = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries/purple-elephant/restore");
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Contains("200 元", (await _host.SayAsync("m5", "紫色大象补贴怎么领")).Activity.Text, StringComparison.Ordinal);

        using var audit = await _host.AdminAsync(HttpMethod.Get, "api/admin/audit");
        var actions = (await audit.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("POST /api/admin/knowledge/entries/{id}/restore", actions);
    }

    [Fact]
    public async Task Everyday_words_are_edited_beside_synonyms_find_the_topic_and_are_kept_by_a_client_that_leaves_them_out()
    {
        Assert.Contains("休完产假", (await EntryAsync("nursing-room")).GetProperty("everydayZh").EnumerateArray().Select(w => w.GetString()));
        var draft = Draft("purple-elephant", "紫色大象补贴", "紫象补贴每人 200 元，找工会小王领取。", "The purple elephant allowance is 200 yuan; ask Wang at the union.");
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/entries", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain("200 元", (await _host.SayAsync("m1", "长鼻子朋友")).Activity.Text ?? "", StringComparison.Ordinal);

        using var tooMany = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/entries/purple-elephant",
            draft with { EverydayZh = [.. Enumerable.Range(0, 51).Select(i => $"说法{i}")] });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        using var saved = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/entries/purple-elephant", draft with { EverydayZh = ["长鼻子朋友"], EverydayEn = ["long-nosed friend"] });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("200 元", (await _host.SayAsync("m2", "长鼻子朋友")).Activity.Text, StringComparison.Ordinal);

        // An edit without the field (a client written before it) keeps them; an empty list clears them.
        using var older = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/entries/purple-elephant", Edit(await EntryAsync("purple-elephant"), []));
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Equal(["长鼻子朋友"], (await EntryAsync("purple-elephant")).GetProperty("everydayZh").EnumerateArray().Select(w => w.GetString()));
        using var cleared = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/entries/purple-elephant", draft with { EverydayZh = [], EverydayEn = [] });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Empty((await EntryAsync("purple-elephant")).GetProperty("everydayZh").EnumerateArray());
    }

    [Fact]
    public async Task An_answer_dated_tomorrow_is_answered_from_tomorrow_and_a_past_date_is_refused()
    {
        var entry = await EntryAsync(Target);
        var old = entry.GetProperty("answerZh").GetString()!;
        var question = entry.GetProperty("questionsZh")[0].GetString()!;
        var change = Edit(entry, [new { from = _host.Clock.GetUtcNow().AddDays(1), answerZh = "明天起法律援助改到三楼。", answerEn = "From tomorrow legal aid is on the third floor." }]);
        using var past = await _host.AdminAsync(HttpMethod.Put, $"api/admin/knowledge/entries/{Target}",
            Edit(entry, [new { from = _host.Clock.GetUtcNow().AddDays(-1), answerZh = "旧", answerEn = "old" }]));
        using var missing = await _host.AdminAsync(HttpMethod.Put, "api/admin/knowledge/entries/no-such-entry", change);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var saved = await _host.AdminAsync(HttpMethod.Put, $"api/admin/knowledge/entries/{Target}", change);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(old, (await _host.SayAsync("m1", question)).Activity.Text, StringComparison.Ordinal);

        _host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("三楼", (await _host.SayAsync("m2", question)).Activity.Text, StringComparison.Ordinal);
        var now = await EntryAsync(Target);
        Assert.Equal("明天起法律援助改到三楼。", now.GetProperty("answerZh").GetString());
        Assert.Empty(now.GetProperty("scheduled").EnumerateArray());
    }

    [Fact]
    public async Task The_preview_shows_the_evaluation_score_before_and_after_on_a_copy_and_saves_nothing()
    {
        using var response = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/preview",
            new { entryId = "mutual-aid", retire = true, text = "生病住院能报销吗" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        var before = preview.GetProperty("before").GetProperty("correct").GetInt32();
        Assert.True(preview.GetProperty("before").GetProperty("total").GetInt32() > 500);
        Assert.True(preview.GetProperty("after").GetProperty("correct").GetInt32() < before);
        Assert.Contains(preview.GetProperty("changed").EnumerateArray(), c => c.GetProperty("expected").GetString() == "faq:mutual-aid" && !c.GetProperty("fixed").GetBoolean());
        Assert.NotEqual("mutual-aid", preview.GetProperty("tried").TryGetProperty("entryId", out var tried) ? tried.GetString() : null);
        Assert.False((await EntryAsync("mutual-aid")).GetProperty("retired").GetBoolean());

        var draft = Draft("purple-elephant", "紫色大象补贴", "二百元", "200 yuan");
        using var added = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/preview", new { draft, text = "紫色大象补贴怎么领" });
        Assert.Equal("purple-elephant", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tried").GetProperty("entryId").GetString());
        using var unknown = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/preview", new { entryId = "no-such-entry", retire = true });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var nothing = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/preview", new { retire = true });
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
    }

    private static DraftBody Draft(string id, string title, string answerZh, string answerEn) => new(
        id, title, "Purple elephant allowance", answerZh, answerEn,
        ["紫色大象补贴怎么领", "紫象补贴找谁"], ["how do I get the purple elephant allowance"], ["紫象"], ["purple elephant"], ["hotline-12351"], []);

    private static object Edit(JsonElement entry, object[] scheduled) => new
    {
        titleZh = entry.GetProperty("titleZh").GetString(),
        titleEn = entry.GetProperty("titleEn").GetString(),
        answerZh = entry.GetProperty("answerZh").GetString(),
        answerEn = entry.GetProperty("answerEn").GetString(),
        questionsZh = entry.GetProperty("questionsZh"),
        questionsEn = entry.GetProperty("questionsEn"),
        synonymsZh = entry.GetProperty("synonymsZh"),
        synonymsEn = entry.GetProperty("synonymsEn"),
        related = entry.GetProperty("related"),
        scheduled,
    };

    private async Task<JsonElement> EntryAsync(string id)
    {
        using var list = await _host.AdminAsync(HttpMethod.Get, "api/admin/knowledge/entries");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        return (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
    }

    private async Task<JsonElement> UnansweredAsync()
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, "api/admin/knowledge/unanswered");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private sealed record DraftBody(
        string Id, string TitleZh, string TitleEn, string AnswerZh, string AnswerEn, string[] QuestionsZh, string[] QuestionsEn,
        string[] SynonymsZh, string[] SynonymsEn, string[] Related, object[] Scheduled, string[]? EverydayZh = null, string[]? EverydayEn = null);
}
