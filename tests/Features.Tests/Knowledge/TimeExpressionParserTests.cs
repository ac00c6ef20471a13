using EngageBot.Bot;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Time expressions, read on Wednesday 18 November 2026 (weeks start on Monday).</summary>
public sealed class TimeExpressionParserTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 18);

    [Theory]
    [InlineData("这周末有什么活动", "2026-11-21", "2026-11-22", "这周末")]
    [InlineData("周末", "2026-11-21", "2026-11-22", "这周末")]
    [InlineData("what s on this weekend", "2026-11-21", "2026-11-22", "这周末")]
    [InlineData("下周末", "2026-11-28", "2026-11-29", "下周末")]
    [InlineData("周六有啥", "2026-11-21", "2026-11-21", "周六")]
    [InlineData("星期天", "2026-11-22", "2026-11-22", "周日")]
    [InlineData("礼拜一", "2026-11-23", "2026-11-23", "周一")]
    [InlineData("周三", "2026-11-18", "2026-11-18", "周三")]
    [InlineData("下周六", "2026-11-28", "2026-11-28", "下周六")]
    [InlineData("下周", "2026-11-23", "2026-11-29", "下周")]
    [InlineData("any events next week", "2026-11-23", "2026-11-29", "下周")]
    [InlineData("这周", "2026-11-18", "2026-11-22", "这周")]
    [InlineData("今天", "2026-11-18", "2026-11-18", "今天")]
    [InlineData("明天有活动吗", "2026-11-19", "2026-11-19", "明天")]
    [InlineData("tomorrow", "2026-11-19", "2026-11-19", "明天")]
    [InlineData("saturday", "2026-11-21", "2026-11-21", "周六")]
    [InlineData("next friday", "2026-11-27", "2026-11-27", "下周五")]
    [InlineData("这个月", "2026-11-18", "2026-11-30", "这个月")]
    [InlineData("下个月", "2026-12-01", "2026-12-31", "下个月")]
    public void Expressions_map_to_days(string text, string from, string to, string label)
    {
        var range = TimeExpressionParser.Parse(TextNormalizer.Normalize(text), Wednesday);

        Assert.NotNull(range);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), range.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), range.To);
        Assert.Equal(label, range.Label.Zh);
    }

    [Fact]
    public void On_Sunday_this_weekend_is_today()
    {
        var range = TimeExpressionParser.Parse("这周末", new DateOnly(2026, 11, 22));
        Assert.Equal(new DateOnly(2026, 11, 22), range!.From);
        Assert.Equal(new DateOnly(2026, 11, 22), range.To);
    }

    [Theory]
    [InlineData("互助保障怎么理赔")]
    [InlineData("how do i claim")]
    public void Messages_without_a_time_have_none(string text) =>
        Assert.Null(TimeExpressionParser.Parse(TextNormalizer.Normalize(text), Wednesday));
}
