using System.Globalization;
using System.Text;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// Shows a prompt so every channel can answer it: choices as suggested-action buttons and, for text-only
/// channels (WeChat-style), as a numbered list in the text.
/// </summary>
public static class PromptRenderer
{
    public static Activity Render(TurnContext context, Prompt prompt, Localized? prefix, bool withCancelHint)
    {
        var language = context.Language;
        var text = new StringBuilder();
        if (prefix is not null)
        {
            text.Append(prefix.For(language)).Append('\n');
        }

        text.Append(prompt.Text.For(language));
        for (var i = 0; i < prompt.Choices.Count; i++)
        {
            text.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(prompt.Choices[i].Title.For(language));
        }

        if (prompt.Choices.Count > 0)
        {
            text.Append('\n').Append(DialogTexts.NumberedHint.For(language));
        }

        if (withCancelHint)
        {
            text.Append(' ').Append(DialogTexts.CancelHint.For(language));
        }

        var reply = context.CreateReply(new Localized(text.ToString(), text.ToString()));
        if (prompt.Choices.Count > 0)
        {
            reply = reply with { SuggestedActions = new SuggestedActions { Actions = [.. prompt.Choices.Select(c => ImBack(c.Title.For(language)))] } };
        }

        return prompt.Attachments.Count > 0 ? reply with { Attachments = prompt.Attachments, AttachmentLayout = "carousel" } : reply;
    }

    public static CardAction ImBack(string title) =>
        new() { Type = "imBack", Title = title, Value = ButtonValues.For(title) };
}
