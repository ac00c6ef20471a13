using System.Text.RegularExpressions;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>The group commands members type, recognised from the text with the bot's mention already removed.</summary>
public sealed partial record GroupCommand(GroupCommandKind Kind, string? Argument = null, int? Limit = null)
{
    public static GroupCommand? Parse(string text)
    {
        var trimmed = text.Trim();
        if (StartChain().Match(trimmed) is { Success: true } start)
        {
            var limit = start.Groups["limit"].Success && int.TryParse(start.Groups["limit"].Value, out var n) ? n : (int?)null;
            var title = start.Groups["title"].Value.Trim();
            return new GroupCommand(GroupCommandKind.StartChain, title, start.Groups["limit"].Success ? limit ?? -1 : null);
        }

        if (EndChain().IsMatch(trimmed))
        {
            return new GroupCommand(GroupCommandKind.EndChain);
        }

        if (ShowChain().IsMatch(trimmed))
        {
            return new GroupCommand(GroupCommandKind.ShowChain);
        }

        if (Notice().IsMatch(trimmed))
        {
            return new GroupCommand(GroupCommandKind.ShowNotice);
        }

        if (Join().Match(trimmed) is { Success: true } join)
        {
            var name = join.Groups["name"].Value.Trim();
            return new GroupCommand(GroupCommandKind.JoinChain, name.Length == 0 ? null : name);
        }

        return Withdraw().IsMatch(trimmed) ? new GroupCommand(GroupCommandKind.WithdrawChain) : null;
    }

    [GeneratedRegex(@"^[#＃]\s*(接龙|chain)(\s+(?<title>.*?))?(\s*(限|limit)\s*(?<limit>\d{1,6})\s*(人|people)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartChain();

    [GeneratedRegex(@"^[#＃]\s*(结束接龙|end chain)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndChain();

    [GeneratedRegex(@"^[#＃]?\s*(查看接龙|接龙名单|show chain)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShowChain();

    [GeneratedRegex(@"^[#＃]\s*(群?公告|notice)$", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    [GeneratedRegex(@"^(\+1|＋1|接龙|join)(\s+(?<name>\S.{0,30}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Join();

    [GeneratedRegex(@"^(-1|－1|取消接龙|退出接龙|withdraw)$", RegexOptions.IgnoreCase)]
    private static partial Regex Withdraw();
}
