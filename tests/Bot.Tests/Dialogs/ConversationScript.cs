using System.Net.Http.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>
/// A member talking to the whole service, transcript style: <c>await chat.SendAsync("2")</c> returns the
/// bot's replies to that message (delivered in the HTTP response, deliveryMode expectReplies), so each
/// line of a test reads "member says → bot answers".
/// </summary>
public sealed class ConversationScript(BotHost host, string serviceUrl, string conversationId = "conv-dialog", string userId = "member-1")
{
    public string ConversationId { get; } = conversationId;

    public Task<IReadOnlyList<Activity>> SendAsync(string text) => SendAsync(text, value: null);

    /// <summary>Sends a message as a button tap does: <paramref name="value"/> carries the postBack value.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(string? text, System.Text.Json.JsonElement? value)
    {
        var activity = Activities.Message(serviceUrl, text!, ConversationId, userId) with { DeliveryMode = "expectReplies", Value = value };
        var response = await host.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ExpectedReplies);
        return body?.Activities ?? [];
    }

    /// <summary>Sends and asserts that the replies, read together, contain every one of <paramref name="expected"/>.</summary>
    public async Task<IReadOnlyList<Activity>> ExpectAsync(string text, params string[] expected)
    {
        var replies = await SendAsync(text);
        var all = Text(replies);
        foreach (var fragment in expected)
        {
            Assert.True(all.Contains(fragment, StringComparison.Ordinal), $"After \"{text}\" expected \"{fragment}\" in:\n{all}");
        }

        return replies;
    }

    public static string Text(IReadOnlyList<Activity> replies) => string.Join("\n---\n", replies.Select(r => r.Text));
}
