using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using JiebaNet.Segmenter;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// The segmenter's own DAG cut must give exactly the words jieba's cut gives (accurate mode, no HMM), over jieba's
/// dictionary and over an index's words laid on it. One test writes an index's words into jieba's process-wide
/// dictionary to compare (and takes them out again), so this class runs alone.
/// </summary>
[Collection(nameof(ChineseSegmenterTests))]
public sealed class ChineseSegmenterTests
{
    [Fact]
    public void Cuts_the_eval_set_and_the_knowledge_base_as_jieba_does()
    {
        foreach (var text in Texts())
        {
            Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Base.Cut(text));
        }
    }

    [Fact]
    public void The_base_holds_jiebas_dictionary_and_total()
    {
        _ = ChineseSegmenter.CutByJieba(string.Empty); // jieba loaded, the union lexicon added
        var trie = (Dictionary<string, int>)typeof(WordDictionary).GetField("Trie", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!
            .GetValue(WordDictionary.Instance)!;

        Assert.Equal(WordDictionary.Instance.Total, ChineseSegmenter.Base.Total);
        Assert.True(trie.Count > 349_000); // every word of dict.txt, and beginnings of words
        Assert.All(trie, entry => Assert.Equal(entry.Value > 0 ? entry.Value : 1, ChineseSegmenter.Base.Frequency(entry.Key)));
        Assert.Equal(1, ChineseSegmenter.Base.Frequency("鼙鼛"));
    }

    [Fact]
    public void An_index_cuts_as_jieba_would_with_its_words_added()
    {
        _ = ChineseSegmenter.CutByJieba(string.Empty); // jieba loaded, the union lexicon added
        var index = KnowledgeBase.FromShippedContent().Current.Index;
        var words = index.Segmenter.Added.ToList();
        Assert.True(words.Count > 100);
        var before = words.ToDictionary(w => w, w => WordDictionary.Instance.ContainsWord(w) ? WordDictionary.Instance.GetFreqOrDefault(w) : 0);
        try
        {
            foreach (var word in words)
            {
                WordDictionary.Instance.AddWord(word, 3000);
            }

            foreach (var text in Texts())
            {
                Assert.Equal(ChineseSegmenter.CutByJieba(text), index.Segmenter.Cut(text));
            }

            Assert.All(words, w => Assert.Equal(WordDictionary.Instance.GetFreqOrDefault(w), index.Segmenter.Frequency(w)));
        }
        finally
        {
            foreach (var (word, frequency) in before)
            {
                WordDictionary.Instance.AddWord(word, frequency); // 0: no word again (its prefixes stay, as no words)
            }
        }

        Assert.All(Texts().Take(300), text => Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Base.Cut(text)));
    }

    [Fact]
    public void An_index_keeps_its_words_to_itself()
    {
        const string text = "请问鼙鼛的事找谁"; // 鼙鼛: no word of jieba's
        var shipped = KnowledgeBase.FromShippedContent().Current.Index;
        var before = shipped.Segmenter.Cut(text);

        var other = new KnowledgeIndex([new KnowledgeEntry
        {
            Id = "drums",
            Title = new Localized("鼙鼛", "Drums"),
            Answer = new Localized("找文体协会。", "Ask the sports club."),
            Questions = new LocalizedList(["鼙鼛怎么借"], ["how do I borrow a drum"]),
            Synonyms = new LocalizedList(["鼙鼛"], ["drum"]),
        }]);

        Assert.Contains("鼙鼛", other.Segmenter.Cut(text));
        Assert.Equal(before, shipped.Segmenter.Cut(text));
        Assert.DoesNotContain("鼙鼛", shipped.Segmenter.Cut(text));
        Assert.DoesNotContain("鼙鼛", ChineseSegmenter.Base.Cut(text));
        Assert.Equal(1, ChineseSegmenter.Base.Frequency("鼙鼛"));
        Assert.Equal(3000, other.Segmenter.Frequency("鼙鼛"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a")]
    [InlineData("报名abc123周六")]
    [InlineData("我想报名 a b c 活动")]
    [InlineData("C# 和 C++ 课程")]
    [InlineData("3.5折 20% 优惠·限时-活动_报名&取消")]
    [InlineData("第一行\r\n第二行\r第三行\n第四行\t完")]
    [InlineData("表情😀报名🎉了")]
    [InlineData("ＡＢＣ全角，标点！？（括号）")]
    [InlineData("x1y2z3会员服务卡在哪办理")]
    [InlineData("结过婚的和尚未结过婚的")]
    public void Cuts_mixed_text_as_jieba_does(string text)
    {
        Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Base.Cut(text));
    }

    [Fact]
    public void Cuts_random_mixes_as_jieba_does()
    {
        const string pool = "报名取消活动会员工会周六下午羽毛球太极拳互助保障生病住院能报销吗我的的了吧abcXYZ019 +#&._%·-\r\n\t，。！？😀Ａ";
        var random = new Random(16);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = pool[random.Next(pool.Length)];
            }

            var text = new string(chars);
            Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Base.Cut(text));
        }
    }

    /// <summary>The eval set's texts and the shipped entries' every text, as written and normalised.</summary>
    private static List<string> Texts()
    {
        var texts = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "eval-set.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .Concat(KnowledgeLoader.LoadShipped().SelectMany(e => e.Questions.All.Concat(e.Synonyms.All).Concat(e.Everyday.All).Append(e.Answer.Zh).Append(e.Answer.En)))
            .Concat(ChineseSegmenter.UnionWords)
            .ToList();
        Assert.True(texts.Count > 500);
        return [.. texts, .. texts.Select(TextNormalizer.Normalize)];
    }
}

[CollectionDefinition(nameof(ChineseSegmenterTests), DisableParallelization = true)]
public sealed class ChineseSegmenterCollection;
