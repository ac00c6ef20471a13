using EngageBot.Features.Channels.WeChat.Templates;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>WeChat's documented value limits (参数值内容限制), by the key's kind, with the documentation's own examples.</summary>
public sealed class TemplateValueRulesTests
{
    [Theory]
    [InlineData("thing1", "周六羽毛球友谊赛")]
    [InlineData("thing1", "一二三四五六七八九十一二三四五六七八九十")] // exactly 20
    [InlineData("time2", "15:01")]
    [InlineData("time2", "2019年10月1日 15:01")]
    [InlineData("time2", "2026年12月5日 14:00 ~ 2026年12月5日 16:00")]
    [InlineData("date3", "2019年10月1日")]
    [InlineData("date3", "2019-12-25 09:42")]
    [InlineData("phrase4", "配送中")]
    [InlineData("character_string5", "BJ-0801")]
    [InlineData("number6", "339208499")]
    [InlineData("amount7", "￥120.50元")]
    [InlineData("phone_number8", "+86-0766-66888866")]
    [InlineData("car_number9", "粤A8Z888挂")]
    [InlineData("name10", "欧阳娜娜")]
    [InlineData("symbol11", "→")]
    [InlineData("keyword1", "经典模板的参数没有文档规定的长度限制，只要不为空就行")]
    public void Values_within_the_documented_limits_pass(string key, string value) =>
        Assert.Null(TemplateValueRules.Problem(key, value));

    [Theory]
    [InlineData("thing1", "一二三四五六七八九十一二三四五六七八九十一", "最多 20 个字符，这里有 21 个")]
    [InlineData("time2", "下周六上午", "24 小时制时间")]
    [InlineData("time2", "25:00", "24 小时制时间")]
    [InlineData("date3", "明天", "年月日")]
    [InlineData("phrase4", "报名已经截止了", "5 个以内纯汉字")]
    [InlineData("phrase4", "OK", "5 个以内纯汉字")]
    [InlineData("character_string5", "会员号123", "32 位以内数字、字母或符号")]
    [InlineData("number6", "12a", "32 位以内数字")]
    [InlineData("phone_number8", "138 0013 8000 转 1234", "17 位以内")]
    [InlineData("name10", "欧阳娜娜娜娜娜娜娜娜娜", "10 个以内汉字")]
    [InlineData("symbol11", "abc", "5 个以内符号")]
    [InlineData("keyword1", " ", "没有内容")]
    public void Values_over_the_limit_or_in_the_wrong_format_name_the_key_and_the_rule(string key, string value, string expected)
    {
        var problem = TemplateValueRules.Problem(key, value);

        Assert.NotNull(problem);
        Assert.StartsWith(key, problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_templates_keys_are_read_from_its_content_with_their_labels()
    {
        var keys = TemplateCatalog.KeysOf("会议时间:{{date2.DATA}}\n会议地点：{{thing1.DATA}}\n{ {remark.DATA} }");

        Assert.Equal(["date2=会议时间", "thing1=会议地点", "remark="], keys.Select(k => k.Key + "=" + k.Label));
    }
}
