using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Editing;
using EngageBot.Features.Knowledge.Unanswered;

namespace EngageBot.Features.Tests.Knowledge.Learn;

/// <summary>Masking, grouping and composing staff entries: the pure parts of the learning loop.</summary>
public sealed class LearnUnitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("我的电话13812345678", "我的电话###########")]
    [InlineData("身份证11010519491231002X丢了", "身份证##################丢了")]
    [InlineData("卡号 6222 0212 3456", "卡号 ##############")]
    [InlineData("call me on １３８１２３４", "call me on #######")]
    [InlineData("我有2个问题", "我有2个问题")]
    [InlineData("12点开门吗", "12点开门吗")]
    public void Digit_runs_are_masked_and_short_numbers_kept(string text, string masked) => Assert.Equal(masked, DigitMask.Apply(text));

    [Fact]
    public void A_long_question_is_cut_short() => Assert.Equal(DigitMask.MaxLength, DigitMask.Apply(new string('问', 500)).Length);

    [Fact]
    public void Similar_questions_group_by_language_with_counts_and_the_closest_entry()
    {
        IReadOnlyList<UnansweredQuestion> newestFirst =
        [
            Q(5, "工会服务中心电话是多少", Language.Chinese, "hotline-12351"),
            Q(4, "工会服务中心的电话是多少呀", Language.Chinese, "hotline-12351"),
            Q(3, "where is the union service centre", Language.English, null),
            Q(2, "工会服务中心电话多少", Language.Chinese, "workers-home"),
            Q(1, "停车场收费吗", Language.Chinese, null),
        ];

        var groups = UnansweredGrouping.Group(newestFirst);

        Assert.Equal(3, groups.Count);
        var office = groups[0];
        Assert.Equal((3, "工会服务中心电话是多少", "zh", "hotline-12351"), (office.Count, office.Sample, office.Language, office.ClosestEntry));
        Assert.Equal([5L, 4, 2], office.Ids);
        Assert.Equal(Now.AddMinutes(5), office.LastSeen);
        Assert.Contains(groups, g => g.Language == "en" && g.Count == 1);
        Assert.Contains(groups, g => g.Sample == "停车场收费吗");
    }

    [Fact]
    public void Grouping_is_bounded_by_the_group_limit()
    {
        var many = Enumerable.Range(0, 300).Select(i => Q(i, $"问题{(char)('一' + (i * 7))}{(char)('丁' + (i * 13))}{(char)('乙' + i)}", Language.Chinese, null)).ToList();

        Assert.True(UnansweredGrouping.Group(many).Count <= UnansweredGrouping.MaxGroups);
    }

    [Fact]
    public void Staff_entries_go_over_the_base_retired_ones_leave_and_links_to_them_are_dropped()
    {
        IReadOnlyList<KnowledgeEntry> baseEntries = [Entry("a", related: ["b"]), Entry("b")];
        var saved = new Dictionary<string, StoredKnowledgeEntry>
        {
            ["b"] = new(Entry("b"), false, true, Now, "admin"),
            ["c"] = new(Entry("c", title: "新的"), true, false, Now, "admin"),
            ["a"] = new(Entry("a", title: "改过", related: ["b", "c"]), false, false, Now, "admin"),
        };

        var composed = KnowledgeComposer.Compose(baseEntries, saved);

        Assert.Equal(["a", "c"], composed.Select(e => e.Id));
        Assert.Equal("改过", composed[0].Title.Zh);
        Assert.Equal(["c"], composed[0].Related);
        KnowledgeValidator.ThrowIfInvalid(composed);
    }

    [Fact]
    public void A_dated_answer_applies_from_its_date_and_a_draft_may_not_date_one_in_the_past()
    {
        var entry = Entry("a") with { Scheduled = [new ScheduledAnswer(Now.AddDays(1), "明天起", "from tomorrow")] };
        Assert.Equal("答", entry.AnswerAt(Now).Zh);
        Assert.Equal("明天起", entry.AnswerAt(Now.AddDays(1)).Zh);

        var draft = new KnowledgeDraft("x-1", "标题", "Title", "答", "answer", ["问"], ["q"], null, null, null,
            [new ScheduledAnswerDraft(Now.AddMinutes(-1), "旧", "old")]);
        var (errors, built) = KnowledgeDraftValidator.Build(draft, "x-1", null, Now);
        Assert.Null(built);
        Assert.Contains("scheduled", errors.Keys);

        var (_, ok) = KnowledgeDraftValidator.Build(draft with { Scheduled = [new ScheduledAnswerDraft(Now.AddDays(2), "新", "new")] }, "x-1", null, Now);
        Assert.Equal(KnowledgeKind.Topic, ok!.Kind);
        var (badId, _) = KnowledgeDraftValidator.Build(draft with { Scheduled = null }, "Bad Id!", null, Now);
        Assert.Contains("id", badId.Keys);
        var (noTitle, _) = KnowledgeDraftValidator.Build(draft with { TitleZh = " ", Scheduled = null }, "x-1", null, Now);
        Assert.Contains("titleZh", noTitle.Keys);
    }

    private static UnansweredQuestion Q(long id, string text, Language language, string? top) =>
        new(id, Now.AddMinutes(id), text, language, UnansweredReading.None, top, 0.1);

    private static KnowledgeEntry Entry(string id, string title = "标题", IReadOnlyList<string>? related = null) => new()
    {
        Id = id,
        Title = new Localized(title, "Title"),
        Answer = new Localized("答", "answer"),
        Questions = new LocalizedList(["问" + id], ["q " + id]),
        Related = related ?? [],
    };
}
