using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The activity a recipient sees: the notice text in their language (English when their conversation is
/// English and the notice has an English text), and the activity card with a sign-up button when it has one.
/// </summary>
public static class NoticeMessageBuilder
{
    public static Activity Build(Notice notice, ConversationReference reference)
    {
        var english = reference.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true && notice.TextEn is not null;
        var text = english ? notice.TextEn! : notice.Text;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Locale = english ? "en-US" : "zh-CN",
            From = reference.Bot,
            Recipient = reference.User,
        };
        if (notice.ActivityId is null)
        {
            return activity;
        }

        var button = new CardAction
        {
            Type = "postBack",
            Title = english ? "Sign up" : "报名",
            Value = JsonSerializer.SerializeToElement(new SignUpValue("signup", notice.ActivityId), OutboxJson.Default.SignUpValue),
        };
        var card = new HeroCard(text, [button]);
        return activity with
        {
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/vnd.microsoft.card.hero",
                    Content = JsonSerializer.SerializeToElement(card, OutboxJson.Default.HeroCard),
                },
            ],
        };
    }
}
