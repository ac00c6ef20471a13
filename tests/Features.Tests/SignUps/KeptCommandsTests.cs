using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.SignUps;

public sealed class KeptCommandsTests
{
    public static TheoryData<string> Texts => new()
    {
        "报名周六的瑜伽",
        "I want to sign up for calligraphy",
        "取消瑜伽报名",
        "我的报名",
        "签到 123456",
        "我叫张三",
        "我想参加瑜伽",
        "瑜伽怎么报名？",
        "别给我报",
        "这周末有什么活动？",
        "帮助",
        "",
        "  报名  明天的  书法。 ",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_read_again_gets_what_a_fresh_read_gives(string text)
    {
        var first = SignUpCommandParser.Parse(text);
        var again = SignUpCommandParser.Parse(text);

        Assert.Equal(SignUpCommandParser.Read(text), first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void A_long_text_is_read_every_time()
    {
        var text = "报名周六的瑜伽" + new string('，', KeptCommands.LongestText);

        Assert.Equal(SignUpCommandParser.Read(text), SignUpCommandParser.Parse(text));
    }

    [Fact]
    public void A_full_set_starts_over_and_still_reads_right()
    {
        for (var i = 0; i <= KeptCommands.Size; i++)
        {
            _ = SignUpCommandParser.Parse("报名瑜伽 " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(SignUpCommandParser.Read("取消瑜伽报名"), SignUpCommandParser.Parse("取消瑜伽报名"));
        Assert.Equal(SignUpCommandKind.MySignUps, SignUpCommandParser.Parse("我的报名")?.Kind);
    }
}
