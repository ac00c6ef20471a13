using System.Text.RegularExpressions;

namespace EngageBot.Core.Protocol;

/// <summary>Protocol helpers that every channel needs.</summary>
public static partial class ActivityExtensions
{
    /// <summary>A reply: same conversation, from/recipient swapped, answering <paramref name="activity"/>.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = activity.ChannelId,
        Conversation = activity.Conversation,
        From = activity.Recipient,
        Recipient = activity.From,
        ReplyToId = activity.Id,
        Text = text,
        Locale = locale ?? activity.Locale,
    };

    /// <summary>The reference for proactive sends to this activity's conversation.</summary>
    /// <remarks>
    /// Without the activity's id: no send reads it, and it was ~50 of a stored reference row's ~330 bytes, written for
    /// every new conversation (bench/README.md, fresh26).
    /// </remarks>
    public static ConversationReference GetReference(this Activity activity) => new()
    {
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation ?? new ConversationAccount(),
        ChannelId = activity.ChannelId ?? string.Empty,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>True when the bot (<paramref name="botId"/> or <paramref name="botName"/>) is @mentioned.</summary>
    public static bool Mentions(this Activity activity, string? botId, string? botName)
    {
        var byEntity = activity.Entities?.Any(e => e.IsMention && e.Mentioned is { } m
            && ((botId is not null && m.Id == botId) || (botName is not null && m.Name == botName))) ?? false;
        return byEntity || (botName is not null && activity.Text?.Contains("@" + botName, StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// The text with the bot's own mention removed ("@小助手 1" → "1"), so commands and prompt answers
    /// parse the same in groups as in 1:1 chats.
    /// </summary>
    public static string TextWithoutMention(this Activity activity, string? botId, string? botName)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.IsMention && mention.Mentioned is { } m && !string.IsNullOrEmpty(mention.Text)
                && ((botId is not null && m.Id == botId) || (botName is not null && m.Name == botName)))
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
            }
        }

        if (!string.IsNullOrEmpty(botName))
        {
            text = text.Replace("@" + botName, string.Empty, StringComparison.Ordinal);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
