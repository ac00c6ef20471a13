using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The buttons of the sign-up contract: postBack values <c>{"action":"signup"|"cancel"|"form","activityId":"…"}</c>
/// that any channel sends back as a message, and plain imBack replies.
/// </summary>
public static class SignUpActions
{
    public const string SignUp = "signup";
    public const string Cancel = "cancel";

    /// <summary>Change the sign-up form's answers ("修改报名信息").</summary>
    public const string EditForm = "form";

    public static CardAction PostBack(string title, string action, string activityId) => new()
    {
        Type = "postBack",
        Title = title,
        Value = JsonSerializer.SerializeToElement(new SignUpPostBack(action, activityId), SignUpJson.Default.SignUpPostBack),
    };

    public static CardAction ImBack(string title) => PromptRenderer.ImBack(title);

    /// <summary>A reply of <paramref name="text"/> with <paramref name="actions"/> as suggested buttons.</summary>
    public static Activity WithButtons(TurnContext context, Localized text, params CardAction[] actions) =>
        context.CreateReply(text) with { SuggestedActions = new SuggestedActions { Actions = actions } };

    /// <summary>The action in a message's value, when it is one of ours.</summary>
    public static SignUpPostBack? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("activityId", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var name = action.GetString();
        var activityId = id.GetString();
        return name is SignUp or Cancel or EditForm && !string.IsNullOrWhiteSpace(activityId) && activityId.Length <= 100
            ? new SignUpPostBack(name, activityId)
            : null;
    }
}
