using EngageBot.Features.Dialogs;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>Parses the staff chat command "/notice 周六9点瑜伽课取消" (also "/通知 …", full-width slash).</summary>
public static class NoticeCommand
{
    private static readonly string[] Prefixes = ["/notice", "／notice", "/通知", "／通知"];

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
}
