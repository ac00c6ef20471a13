using System.Globalization;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Issue 17: spoken fillers and everyday verb forms neither hide a topic's name nor add anything to the search.</summary>
public sealed class SpokenWordsTests
{
    [Theory]
    [InlineData("工会那张卡找不着了 咋整", "工会卡找不到了 怎么办")]
    [InlineData("嗯那个 工会那个保险", "工会保险")]
    [InlineData("工会发的那张卡能刷吗", "工会卡能刷吗")]
    [InlineData("俺们厂", "我们厂")]
    [InlineData("我这个月报了几个", "我这个月报了几个")]
    [InlineData("那个人", "那个人")]
    [InlineData("union card", "union card")]
    [InlineData("想学门手艺", "想学手艺")]
    [InlineData("被裁了想换个行业", "被裁了想换行业")]
    [InlineData("找个人聊聊", "找人聊聊")]
    [InlineData("入了会能得到点啥", "入了会能得到啥")]
    [InlineData("上个月办的卡", "上个月办的卡")]
    [InlineData("买个", "买个")]
    public void Spoken_words_are_written_as_the_knowledge_base_writes_them(string spoken, string written) =>
        Assert.Equal(written, SpokenWords.Fold(spoken));

    /// <summary>
    /// Every name of a topic that begins with 工会 (工会卡, 工会保险, …), said the spoken way ("工会那个…", "工会发的那张…",
    /// "嗯那个工会的…"), finds what the written name finds: generated from the shipped knowledge, not from a list of lines.
    /// </summary>
    [Fact]
    public void A_union_name_said_with_fillers_is_read_as_the_name()
    {
        var recognizer = Recognizers.Shipped();
        var knowledge = Features.Knowledge.KnowledgeBase.FromShippedContent().Current;
        var names = knowledge.Entries.SelectMany(e => e.Synonyms.Zh).Select(TextNormalizer.Normalize)
            .Where(t => t.Length >= 3 && t.StartsWith("工会", StringComparison.Ordinal) && t[2] != '的' && t.All(TextNormalizer.IsHan)).Distinct(StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        foreach (var name in names)
        {
            var clean = recognizer.Recognize(string.Format(CultureInfo.InvariantCulture, "{0}是什么", name)).Label;
            foreach (var spoken in new[] { "工会那个", "工会发的那张", "嗯那个工会的" })
            {
                var text = string.Format(CultureInfo.InvariantCulture, "{0}{1}是什么", spoken, name[2..]);
                var got = recognizer.Recognize(text).Label;
                if (got != clean)
                {
                    misses.Add($"{text}: {got} (written: {clean})");
                }
            }
        }

        Assert.NotEmpty(names);
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}
