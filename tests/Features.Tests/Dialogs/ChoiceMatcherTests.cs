using EngageBot.Bot;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Tests.Dialogs;

/// <summary>Answers to choice prompts on channels with and without buttons.</summary>
public sealed class ChoiceMatcherTests
{
    private static readonly IReadOnlyList<OfferedChoice> Clubs =
    [
        new("yoga", "周六瑜伽体验课", "Saturday yoga"),
        new("calligraphy", "书画", "Calligraphy"),
        new("photo", "摄影", "Photography"),
    ];

    private static readonly IReadOnlyList<OfferedChoice> YesNo =
    [
        new(Choice.Yes.Value, Choice.Yes.Title.Zh, Choice.Yes.Title.En, Choice.Yes.Synonyms),
        new(Choice.No.Value, Choice.No.Title.Zh, Choice.No.Title.En, Choice.No.Synonyms),
    ];

    [Theory]
    [InlineData("2", "calligraphy")]
    [InlineData("２", "calligraphy")]
    [InlineData("第三个", "photo")]
    [InlineData("三", "photo")]
    [InlineData("1号", "yoga")]
    [InlineData("书画", "calligraphy")]
    [InlineData("photography", "photo")]
    [InlineData("我想报摄影", "photo")]
    [InlineData("瑜伽", "yoga")]
    public void Numbers_and_names_pick_an_option(string text, string expected) =>
        Assert.Equal(expected, ChoiceMatcher.Match(text, Clubs)?.Value);

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("网球")]
    [InlineData("随便")]
    [InlineData("")]
    public void Anything_else_picks_nothing(string text) => Assert.Null(ChoiceMatcher.Match(text, Clubs));

    [Theory]
    [InlineData("是的", "yes")]
    [InlineData("OK", "yes")]
    [InlineData("确认", "yes")]
    [InlineData("不可以", "no")]
    [InlineData("不了", "no")]
    [InlineData("no", "no")]
    public void Yes_and_no_are_told_apart(string text, string expected) =>
        Assert.Equal(expected, ChoiceMatcher.Match(text, YesNo)?.Value);
}
