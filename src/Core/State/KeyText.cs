namespace EngageBot.Core.State;

/// <summary>
/// The one stored form of the typed keys: "{channelId}/{rest}". Channel ids never hold '/', so the first '/'
/// splits; the rest (a user or conversation id) may hold anything but must not be empty.
/// </summary>
internal static class KeyText
{
    public static string Channel(string? channelId, string parameter)
    {
        if (string.IsNullOrWhiteSpace(channelId) || channelId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A channel id must be non-empty and hold no '/'.", parameter);
        }

        return channelId;
    }

    public static string Id(string? id, string parameter) =>
        string.IsNullOrEmpty(id) ? throw new ArgumentException("An id must be non-empty.", parameter) : id;

    public static bool TrySplit(string? text, out string channelId, out string id)
    {
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0 || slash == text!.Length - 1 || string.IsNullOrWhiteSpace(text[..slash]))
        {
            (channelId, id) = (string.Empty, string.Empty);
            return false;
        }

        (channelId, id) = (text[..slash], text[(slash + 1)..]);
        return true;
    }
}
