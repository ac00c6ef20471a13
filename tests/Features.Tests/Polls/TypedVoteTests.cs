using EngageBot.Features.Polls;

namespace EngageBot.Features.Tests.Polls;

/// <summary>Typed votes: numbers with or without a verb, option words after a verb and a space, and what is not a vote.</summary>
public sealed class TypedVoteTests
{
    private static readonly string[] Options = ["羽毛球", "乒乓球", "Yoga class"];

    [Theory]
    [InlineData("1", false, new[] { 1 })]
    [InlineData("1 3", false, new[] { 1, 3 })]
    [InlineData("选2", true, new[] { 2 })]
    [InlineData("选 １、３", true, new[] { 1, 3 })]
    [InlineData("投票：2", true, new[] { 2 })]
    [InlineData("vote 3", true, new[] { 3 })]
    [InlineData("投 羽毛球", true, new[] { 1 })]
    [InlineData("vote yoga", true, new[] { 3 })]
    [InlineData("选 9", true, new[] { 9 })]
    public void Votes_name_their_options(string text, bool verb, int[] expected)
    {
        var vote = TypedVote.Parse(text);

        Assert.NotNull(vote);
        Assert.Equal(verb, vote.Explicit);
        Assert.Equal(expected, vote.Resolve(Options));
    }

    [Theory]
    [InlineData("投诉食堂")]
    [InlineData("选哪个好呢？")]
    [InlineData("我想报名")]
    [InlineData("123")]
    [InlineData("")]
    public void Other_messages_are_not_votes(string text) => Assert.Null(TypedVote.Parse(text));

    [Fact]
    public void Words_that_match_no_option_or_several_resolve_to_nothing()
    {
        Assert.Null(TypedVote.Parse("投 篮球")!.Resolve(Options));
        Assert.Null(TypedVote.Parse("投 球")!.Resolve(Options));
    }
}
