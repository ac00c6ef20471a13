using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>One answer per field kind: what is stored, and the message that says what to type instead.</summary>
public sealed class FormAnswerCheckTests
{
    private static readonly FormField Family = new("family", "家属人数", "Family members", FormFieldKind.Number, true, Max: 4);
    private static readonly FormField Phone = new("phone", "手机号", null, FormFieldKind.Phone, false);
    private static readonly FormField Size = new("size", "尺码", null, FormFieldKind.Choice, true, ["S", "M", "L"]);
    private static readonly FormField Dept = new("dept", "部门", null, FormFieldKind.Text, true);

    [Theory]
    [InlineData("2", "2")]
    [InlineData("０３", "3")]
    [InlineData(" 4 ", "4")]
    public void Numbers_in_range_are_stored_as_plain_digits(string typed, string stored) =>
        Assert.Equal((stored, null), FormAnswerCheck.Check(Family, typed));

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("两个")]
    [InlineData("1.5")]
    public void Numbers_out_of_range_or_not_whole_say_the_range(string typed)
    {
        var (value, error) = FormAnswerCheck.Check(Family, typed);

        Assert.Null(value);
        Assert.Equal("请输入 0 到 4 之间的整数，例如 1。", error!.Zh);
    }

    [Theory]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("+86 139-0000-0000", "13900000000")]
    [InlineData("010-62345678", "01062345678")]
    public void Phones_keep_digits_only(string typed, string stored) =>
        Assert.Equal((stored, null), FormAnswerCheck.Check(Phone, typed));

    [Theory]
    [InlineData("12345")]
    [InlineData("12812345678")]
    [InlineData("phone")]
    public void Bad_phones_give_an_example(string typed) =>
        Assert.Contains("13812345678", FormAnswerCheck.Check(Phone, typed).Error!.Zh, StringComparison.Ordinal);

    [Fact]
    public void Optional_fields_may_stay_empty_and_required_ones_may_not()
    {
        Assert.Equal((null, null), FormAnswerCheck.Check(Phone, "  "));
        Assert.Equal("“部门”是必填项，请输入部门。", FormAnswerCheck.Check(Dept, "").Error!.Zh);
        Assert.Equal("请用不超过 50 个字填写“部门”。", FormAnswerCheck.Check(Dept, new string('长', 51)).Error!.Zh);
    }

    [Fact]
    public void Choices_are_read_by_name_or_number()
    {
        Assert.Equal(("M", null), FormAnswerCheck.Check(Size, "m"));
        Assert.Equal(("L", null), FormAnswerCheck.Check(Size, "3"));
        Assert.Equal("请从以下选项中选择（可回复序号）：S、M、L。", FormAnswerCheck.Check(Size, "XL").Error!.Zh);
    }

    [Fact]
    public void A_whole_form_refuses_unknown_keys_and_reports_each_bad_field()
    {
        var (answers, errors) = FormAnswerCheck.CheckAll([Dept, Family], new Dictionary<string, string?> { ["family"] = "9", ["shoe"] = "42" });

        Assert.Null(answers);
        Assert.Equal(["dept", "family", "shoe"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
