using System.Globalization;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// <see cref="WordTable"/> starts small and doubles its slots as it loads (at most half full): after many doublings every
/// word keeps its frequency, every beginning of a word is there at 0, and nothing else is found.
/// </summary>
public sealed class WordTableTests
{
    [Fact]
    public void A_table_grown_many_times_finds_every_word_and_beginning()
    {
        const string pool = "工会报名取消活动会员周六羽毛球太极拳互助保障生病住院报销";
        var random = new Random(27);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        while (words.Count < 60_000)
        {
            var chars = new char[random.Next(2, 7)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = pool[random.Next(pool.Length)];
            }

            words[new string(chars)] = random.Next(1, 5000); // a word written twice keeps its last count, as jieba's does
        }

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} {w.Value} n")));
            var table = WordTable.Load(path, ["互助保障会员", "工会"], 3000);
            var expected = new Dictionary<string, int>(words) { ["互助保障会员"] = 3000, ["工会"] = 3000 };

            Assert.All(expected, word =>
            {
                Assert.True(table.TryGetValue(word.Key, out var count), word.Key);
                Assert.Equal(word.Value, count);
                for (var length = 1; length < word.Key.Length; length++)
                {
                    Assert.True(table.TryGetValue(word.Key.AsSpan(0, length), out var beginning));
                    Assert.Equal(expected.GetValueOrDefault(word.Key[..length]), beginning);
                }
            });
            Assert.Equal(words.Values.Sum(v => (double)v) - words.GetValueOrDefault("工会") - words.GetValueOrDefault("互助保障会员") + 6000, table.Total);
            Assert.True(table.IsNoun(words.Keys.First(w => w is not "工会" and not "互助保障会员")));
            Assert.False(table.IsNoun("互助保障会员")); // added words carry no tag
            Assert.False(table.TryGetValue("鼙鼛", out _));
            Assert.False(table.TryGetValue(words.Keys.First() + "鼙", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
