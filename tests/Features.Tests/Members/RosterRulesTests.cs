using EngageBot.Features.Members.Admin;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Tests.Members;

public sealed class RosterRulesTests
{
    [Theory]
    [InlineData("13800000001", "13800000001")]
    [InlineData(" 138 0000 0001 ", "13800000001")]
    [InlineData("+86-138-0000-0001", "13800000001")]
    [InlineData("008619912345678", "19912345678")]
    [InlineData("12800000001", null)]
    [InlineData("1380000000", null)]
    [InlineData("1.38E+10", null)]
    [InlineData("010-12345678", null)]
    public void Only_mainland_mobiles_are_phones(string text, string? expected) => Assert.Equal(expected, PhoneNumber.Normalize(text));

    [Fact]
    public void Phones_are_masked_to_the_first_three_and_last_four_digits() => Assert.Equal("138****0001", PhoneNumber.Mask("13800000001"));

    [Theory]
    [InlineData("区总工会/基层工会/部门", "区总工会/基层工会/部门")]
    [InlineData(" 区总工会 > 基层工会 → 部门 ", "区总工会/基层工会/部门")]
    [InlineData("区总工会／基层工会＞部门/", "区总工会/基层工会/部门")]
    [InlineData(" / > ", null)]
    public void Units_are_normalised_to_slash_paths(string text, string? expected) => Assert.Equal(expected, UnitPath.Normalize(text));

    [Fact]
    public void A_unit_holds_itself_and_what_is_under_it_but_not_a_sibling_with_the_same_start()
    {
        Assert.True(UnitPath.IsWithin("甲/乙", "甲"));
        Assert.True(UnitPath.IsWithin("甲", "甲"));
        Assert.False(UnitPath.IsWithin("甲乙", "甲"));
        Assert.False(UnitPath.IsWithin("甲", "甲/乙"));
    }

    [Fact]
    public void The_unit_tree_counts_each_node_with_everything_under_it()
    {
        var tree = UnitTree.Build([new UnitCount("区/甲/技术部", 3, 2), new UnitCount("区/甲", 1, 1), new UnitCount("区/乙", 2, 2), new UnitCount("另一区", 1, 0)]);

        var district = tree.Single(n => n.Name == "区");
        Assert.Equal((6L, 5L), (district.Members, district.Active));
        Assert.Equal(["区/乙", "区/甲"], district.Children.Select(c => c.Path));
        Assert.Equal((4L, "技术部"), (district.Children[1].Members, district.Children[1].Children.Single().Name));
        Assert.Equal((1L, 0L), (tree.Single(n => n.Name == "另一区").Members, tree.Single(n => n.Name == "另一区").Active));
    }

    [Fact]
    public void Every_problem_of_a_row_is_named_in_chinese_and_english()
    {
        var (member, problems) = MemberDetailsRules.Check(new MemberDetails("BJ 1", "", "123", "", "someday"));

        Assert.Null(member);
        Assert.Equal(["memberNumber", "name", "phone", "unit", "joinedOn"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Contains(" / ", p.Text, StringComparison.Ordinal));
    }
}
