using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Notices;

/// <summary>
/// The confirm contract of notices that ask for receipts: the button's postBack value
/// <c>{"action":"confirm","noticeId":"…"}</c>, and the words a member may type instead ("收到", "got it").
/// </summary>
public static class ReceiptActions
{
    public const string Confirm = "confirm";

    // Typed confirmations; the label of the button is the first of each, so channels that turn buttons into text
    // links (WeChat) send a word this list knows.
    private static readonly HashSet<string> ZhWords = new(StringComparer.Ordinal) { "收到", "已收到", "收到了", "确认收到", "确认", "已阅", "收到啦" };
    private static readonly HashSet<string> EnWords = new(StringComparer.OrdinalIgnoreCase) { "got it", "received", "ok got it", "confirm", "confirmed", "noted" };

    public static CardAction ConfirmButton(string noticeId, bool english) => new()
    {
        Type = "postBack",
        Title = english ? "Got it" : "收到",
        Value = JsonSerializer.SerializeToElement(new ReceiptValue(Confirm, noticeId), ReceiptJson.Default.ReceiptValue),
    };

    /// <summary>The notice a confirm button names, when the message's value is one.</summary>
    public static string? Read(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String && action.GetString() == Confirm
        && element.TryGetProperty("noticeId", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= 100 } noticeId
            ? noticeId
            : null;

    /// <summary>True when the whole message is a confirmation ("收到。", "Got it!"), not a sentence that contains one.</summary>
    public static bool IsTypedConfirmation(string text)
    {
        var word = text.Replace("👌", string.Empty, StringComparison.Ordinal).Replace("👍", string.Empty, StringComparison.Ordinal)
            .Trim().TrimEnd('。', '！', '!', '.', '~', '～', ' ').Trim();
        return ZhWords.Contains(word) || EnWords.Contains(word);
    }
}

/// <summary>The confirm button's postBack value.</summary>
public sealed record ReceiptValue(string Action, string NoticeId);
