using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The activity a recipient sees: the notice text in their language (English when their conversation is
/// English and the notice has an English text), and a card with a sign-up button (when it has an activity) and a confirm button (when it asks for receipts).
/// </summary>
public static class NoticeMessageBuilder
{
    public static Activity Build(Notice notice, ConversationReference reference, IReadOnlyList<CardAction>? more = null)
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
        var buttons = new List<CardAction>();
        if (notice.ActivityId is not null)
        {
            buttons.Add(new CardAction
            {
                Type = "postBack",
                Title = english ? "Sign up" : "报名",
                Value = JsonSerializer.SerializeToElement(new SignUpValue("signup", notice.ActivityId), OutboxJson.Default.SignUpValue),
            });
        }

        if (notice.ConfirmsNotice is { } confirms)
        {
            buttons.Add(ReceiptActions.ConfirmButton(confirms, english)); // 确认收到: the notices feature owns the contract
        }

        buttons.AddRange(more ?? []); // other features' buttons (a poll's options)
        if (buttons.Count == 0)
        {
            return activity;
        }

        var card = new HeroCard(text, buttons);
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
