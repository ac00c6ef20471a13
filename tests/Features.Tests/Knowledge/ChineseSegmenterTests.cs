using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>The segmenter's own DAG cut must give exactly the words jieba's cut gives (accurate mode, no HMM).</summary>
public sealed class ChineseSegmenterTests
{
    [Fact]
    public void Cuts_by_span_over_jiebas_dictionary()
    {
        // Otherwise the comparisons below would compare jieba with itself.
        Assert.True(ChineseSegmenter.CutsBySpan);
    }

    [Fact]
    public void Cuts_the_eval_set_and_the_knowledge_base_as_jieba_does()
    {
        var knowledge = KnowledgeBase.FromShippedContent(); // adds the entries' terms to the dictionary, as the service does
        var texts = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "eval-set.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .Concat(KnowledgeLoader.LoadShipped().SelectMany(e => e.Questions.All.Concat(e.Synonyms.All).Concat(e.Everyday.All).Append(e.Answer.Zh).Append(e.Answer.En)))
            .Concat(ChineseSegmenter.UnionWords)
            .ToList();
        Assert.NotNull(knowledge);
        Assert.True(texts.Count > 500);

        foreach (var text in texts.Concat(texts.Select(TextNormalizer.Normalize)))
        {
            Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Cut(text));
        }
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
        Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Cut(text));
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
            Assert.Equal(ChineseSegmenter.CutByJieba(text), ChineseSegmenter.Cut(text));
        }
    }
}
