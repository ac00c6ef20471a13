using System.Globalization;
using System.Text;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Polls;

/// <summary>
/// The words and cards of a poll: the card posted into a group (question, numbered options, one button each), the
/// text of a poll sent as a notice, and the results. Times are the union's local time.
/// </summary>
public static class PollMessages
{
    /// <summary>The poll as members see it, in Chinese with the English question beneath when there is one.</summary>
    public static string Text(Poll poll, DateTimeOffset closesLocal, bool english)
    {
        var text = new StringBuilder();
        text.Append(english ? "📊 Poll: " : "📊 投票：").Append(english && poll.QuestionEn is not null ? poll.QuestionEn : poll.Question);
        for (var i = 0; i < poll.Options.Count; i++)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{i + 1}. {poll.Options[i]}");
        }

        var kind = english
            ? (poll.Multiple ? $"choose up to {poll.MaxChoices}" : "choose one") + (poll.Anonymous ? ", anonymous" : ", named")
            : (poll.Multiple ? $"可多选，最多{poll.MaxChoices}项" : "单选") + (poll.Anonymous ? "，匿名" : "，实名");
        text.AppendLine().Append(english
            ? $"Tap an option or reply \"vote 1\" ({kind}). Closes {PollTexts.En(closesLocal)}."
            : $"点选项或回复“选1”投票（{kind}），截止 {PollTexts.Zh(closesLocal)}。");
        return text.ToString();
    }

    public static IReadOnlyList<CardAction> Buttons(Poll poll) => [.. Enumerable.Range(1, poll.Options.Count).Select(n => PollActions.Button(poll, n))];

    /// <summary>The card posted into the group.</summary>
    public static Activity GroupCard(Poll poll, DateTimeOffset closesLocal)
    {
        var text = Text(poll, closesLocal, english: false);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Locale = "zh-CN",
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/vnd.microsoft.card.hero",
                    Content = JsonSerializer.SerializeToElement(new HeroCard(text, Buttons(poll)), OutboxJson.Default.HeroCard),
                },
            ],
        };
    }

    /// <summary>The results as posted when the poll closes: each option's votes and share, then how many voted.</summary>
    public static string Results(Poll poll, PollTally tally)
    {
        var text = new StringBuilder("📊 投票结果：").Append(poll.Question);
        for (var i = 0; i < poll.Options.Count; i++)
        {
            var share = tally.Voters == 0 ? 0 : (int)Math.Round(100.0 * tally.Counts[i] / tally.Voters);
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{i + 1}. {poll.Options[i]}：{tally.Counts[i]}票（{share}%）");
        }

        return text.AppendLine().Append(CultureInfo.InvariantCulture, $"共 {tally.Voters} 人参与投票。Poll closed: {tally.Voters} voted.").ToString();
    }

    /// <summary>The chosen options named: "2. 乒乓球、3. 羽毛球".</summary>
    public static string Choices(Poll poll, IEnumerable<int> choices, bool english) =>
        string.Join(english ? ", " : "、", choices.Select(c => $"{c}. {poll.Options[c - 1]}"));
}
