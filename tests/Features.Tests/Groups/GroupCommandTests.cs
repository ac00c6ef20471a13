using EngageBot.Bot;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Groups;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Tests.Groups;

/// <summary>What members type in groups and what the bot takes it for.</summary>
public sealed class GroupCommandTests
{
    [Theory]
    [InlineData("#接龙 周六上午瑜伽 限20人", "周六上午瑜伽", 20)]
    [InlineData("＃接龙 书法班", "书法班", null)]
    [InlineData("#接龙 象棋比赛 限 8 人", "象棋比赛", 8)]
    [InlineData("#chain Saturday yoga limit 12", "Saturday yoga", 12)]
    public void Starting_a_chain_reads_title_and_limit(string text, string title, int? limit)
    {
        var command = GroupCommand.Parse(text);

        Assert.Equal(GroupCommandKind.StartChain, command?.Kind);
        Assert.Equal(title, command?.Argument);
        Assert.Equal(limit, command?.Limit);
    }

    [Theory]
    [InlineData("+1", null)]
    [InlineData("＋1", null)]
    [InlineData("接龙", null)]
    [InlineData("+1 王小明", "王小明")]
    public void Joining_a_chain(string text, string? name)
    {
        var command = GroupCommand.Parse(text);

        Assert.Equal(GroupCommandKind.JoinChain, command?.Kind);
        Assert.Equal(name, command?.Argument);
    }

    [Theory]
    [InlineData("-1", GroupCommandKind.WithdrawChain)]
    [InlineData("取消接龙", GroupCommandKind.WithdrawChain)]
    [InlineData("#结束接龙", GroupCommandKind.EndChain)]
    [InlineData("查看接龙", GroupCommandKind.ShowChain)]
    [InlineData("#公告", GroupCommandKind.ShowNotice)]
    [InlineData("#群公告", GroupCommandKind.ShowNotice)]
    public void Other_commands(string text, GroupCommandKind kind) => Assert.Equal(kind, GroupCommand.Parse(text)?.Kind);

    [Theory]
    [InlineData("大家好")]
    [InlineData("接龙的事情明天再说吧")]
    [InlineData("+10")]
    [InlineData("帮助")]
    [InlineData("")]
    public void Ordinary_chat_is_no_command(string text) => Assert.Null(GroupCommand.Parse(text));
}
