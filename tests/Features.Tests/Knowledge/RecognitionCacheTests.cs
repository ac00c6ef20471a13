using EngageBot.Bot;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>A kept reading is the one the recognizer would give now: every input of recognition is part of its key.</summary>
public sealed class RecognitionCacheTests
{
    private readonly ManualClock _clock = new(Recognizers.Wednesday);
    private readonly KnowledgeBase _knowledge = KnowledgeBase.FromShippedContent();
    private readonly Counting _recognizer;

    public RecognitionCacheTests()
    {
        _recognizer = new Counting(new IntentRecognizer(_knowledge, _clock, Options.Create(new RecognizerOptions()), Time));
    }

    private static UnionTime Time { get; } = UnionTime.For(UnionTimeOptions.DefaultTimeZone);

    [Fact]
    public void A_text_sent_again_is_not_recognised_again()
    {
        var cache = Cache();

        var first = cache.Recognize("会员卡丢了怎么办");
        var again = cache.Recognize("会员卡丢了怎么办");

        Assert.Same(first, again);
        Assert.Equal(1, _recognizer.Calls);
    }

    [Fact]
    public void Kept_readings_equal_fresh_ones_for_every_labelled_text()
    {
        var texts = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "eval-set.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToList();
        var cache = Cache();
        var kept = texts.Select(cache.Recognize).ToList();
        var fresh = Recognizers.Shipped();

        // Read again after every other text: no reading depends on what was recognised before it.
        for (var i = 0; i < texts.Count; i++)
        {
            var again = cache.Recognize(texts[i]);
            var now = fresh.Recognize(texts[i]);
            Assert.Equal(now.Label, again.Label);
            Assert.Equal(now.When, again.When);
            Assert.Equal(now.Action, again.Action);
            Assert.Equal(now.Candidates.Select(c => (c.Entry.Id, c.Score)), again.Candidates.Select(c => (c.Entry.Id, c.Score)));
            Assert.Same(kept[i], again);
        }
    }

    [Fact]
    public void New_knowledge_is_read_afresh()
    {
        var cache = Cache();
        Assert.NotEqual("faq:parking", cache.Recognize("单位停车场怎么办停车证").Label);

        _knowledge.Replace([.. _knowledge.Current.Entries, Parking()]);

        Assert.Equal("faq:parking", cache.Recognize("单位停车场怎么办停车证").Label);
        Assert.Equal(2, _recognizer.Calls);
    }

    [Fact]
    public void A_new_day_is_read_afresh()
    {
        var cache = Cache();
        var wednesday = cache.Recognize("周六有什么活动");

        _clock.Advance(TimeSpan.FromDays(1));
        var thursday = cache.Recognize("周六有什么活动");

        Assert.Equal(2, _recognizer.Calls);
        Assert.Equal(wednesday.When, thursday.When); // still this Saturday
        _clock.Advance(TimeSpan.FromDays(3));
        Assert.NotEqual(wednesday.When, cache.Recognize("周六有什么活动").When); // next week's
    }

    [Fact]
    public void A_trial_index_leaves_kept_readings_as_they_are()
    {
        var cache = Cache();
        var kept = cache.Recognize("会员卡丢了怎么办");

        // An editor's trial index (never made current) keeps its terms in its own segmenter: the current reading stands.
        _ = new KnowledgeBase([.. _knowledge.Current.Entries, Parking("会员卡丢")]);

        Assert.Same(kept, cache.Recognize("会员卡丢了怎么办"));
        Assert.Equal(1, _recognizer.Calls);
    }

    [Fact]
    public void Off_long_texts_and_a_full_cache_recognise_again()
    {
        var off = Cache(size: 0);
        off.Recognize("帮助");
        off.Recognize("帮助");
        Assert.Equal(2, _recognizer.Calls);

        var cache = Cache(size: 2);
        var story = string.Concat(Enumerable.Repeat("我刚入职，", 30)) + "会员卡丢了怎么办";
        cache.Recognize(story);
        cache.Recognize(story);
        Assert.Equal(4, _recognizer.Calls);

        cache.Recognize("帮助");
        cache.Recognize("help");
        cache.Recognize("我的报名"); // the third: full, it starts over
        cache.Recognize("帮助");
        Assert.Equal(8, _recognizer.Calls);
    }

    private RecognitionCache Cache(int size = 4096) => new(
        _recognizer, _knowledge, _clock, Time, Options.Create(new RecognizerOptions()), Options.Create(new RecognitionCacheOptions { Size = size }));

    private static KnowledgeEntry Parking(string term = "停车证") => new()
    {
        Id = "parking",
        Title = new Localized("停车", "Parking"),
        Answer = new Localized("到工会办公室办理" + term, "Ask the union office."),
        Questions = new LocalizedList(["单位停车场怎么办停车证", "怎么办" + term], ["how do I get a parking permit"]),
        Synonyms = new LocalizedList([term], ["parking permit"]),
    };

    /// <summary>The real recognizer, counting how often it is asked.</summary>
    private sealed class Counting(IIntentRecognizer inner) : IIntentRecognizer
    {
        public int Calls { get; private set; }

        public RecognizedIntent Recognize(string text)
        {
            Calls++;
            return inner.Recognize(text);
        }
    }
}
