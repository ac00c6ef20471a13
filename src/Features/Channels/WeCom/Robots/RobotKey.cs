namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>A robot's webhook key, from the key itself or the webhook URL staff copy out of WeCom.</summary>
public static class RobotKey
{
    /// <summary>The key (letters, digits and '-', as WeCom issues them), or null when there is none.</summary>
    public static string? From(string? keyOrUrl)
    {
        var text = keyOrUrl?.Trim() ?? string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            text = System.Web.HttpUtility.ParseQueryString(url.Query)["key"] ?? string.Empty;
        }

        return text.Length is > 0 and <= 100 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? text : null;
    }
}
