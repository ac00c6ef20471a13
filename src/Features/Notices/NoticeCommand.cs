using EngageBot.Features.Dialogs;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>
/// Parses the staff chat command "/notice 周六9点瑜伽课取消" (also "/通知 …", full-width slash); "/notice 需确认 …"
/// (or "--receipt") asks the group's members to confirm.
/// </summary>
public static class NoticeCommand
{
    private static readonly string[] Prefixes = ["/notice", "／notice", "/通知", "／通知"];

    // Written first in the text ("/notice 需确认 周五体检…"): ask members to confirm (确认收到), as the console's checkbox does.
    private static readonly string[] ReceiptFlags = ["【需确认】", "[需确认]", "需确认", "要确认", "需回执", "--receipt", "[receipt]", "-r"];

    /// <summary>True when <paramref name="text"/> is the command; <paramref name="body"/> is what to publish (may be empty).</summary>
    public static bool TryParse(string text, out string body)
    {
        body = string.Empty;
        var trimmed = text.Trim();
        foreach (var prefix in Prefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == prefix.Length || char.IsWhiteSpace(trimmed[prefix.Length]) || trimmed[prefix.Length] is ':' or '：'))
            {
                body = trimmed[prefix.Length..].TrimStart(':', '：').Trim();
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes a leading "需确认" / "--receipt" off <paramref name="body"/>; true when it was there.</summary>
    public static bool TakeReceiptFlag(ref string body)
    {
        foreach (var flag in ReceiptFlags)
        {
            if (body.StartsWith(flag, StringComparison.OrdinalIgnoreCase)
                && (body.Length == flag.Length || flag[^1] is '】' or ']' || char.IsWhiteSpace(body[flag.Length]) || body[flag.Length] is ':' or '：' or '，' or ','))
            {
                body = body[flag.Length..].TrimStart(':', '：', '，', ',').Trim();
                return true;
            }
        }

        return false;
    }
}
