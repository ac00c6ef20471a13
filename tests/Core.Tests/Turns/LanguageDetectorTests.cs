using EngageBot.Bot;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Core.Tests.Turns;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("生病住院能报销吗", Language.Chinese)]
    [InlineData("我想报名yoga", Language.Chinese)]
    [InlineData("How do I join the union?", Language.English)]
    [InlineData("yoga", Language.English)]
    public void Text_decides_the_language(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("1")]
    [InlineData("+1")]
    [InlineData("👍")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_without_letters_decides_nothing(string? text) =>
        Assert.Null(LanguageDetector.Detect(text));

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("EN", Language.English)]
    [InlineData("zh-CN", Language.Chinese)]
    [InlineData(null, Language.Chinese)]
    public void The_channel_locale_is_the_last_resort(string? locale, Language expected) =>
        Assert.Equal(expected, LanguageDetector.FromLocale(locale));
}
