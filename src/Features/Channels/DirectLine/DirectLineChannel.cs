using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// How Direct Line conversations are told apart from external channels: their activities carry the
/// channel id <c>directline</c> and the service URL <c>urn:engagebot:directline</c>, which is not an http(s)
/// URL, so the Connector sender never claims them and replies stay in-process.
/// </summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";

    public const string ServiceUrl = "urn:engagebot:directline";

    public static bool IsHosted(ConversationReference reference) =>
        string.Equals(reference.ServiceUrl, ServiceUrl, StringComparison.Ordinal);

    /// <summary>The id of the <paramref name="seq"/>th activity of a conversation: <c>{cid}|0000001</c>.</summary>
    public static string ActivityId(string conversationId, long seq) =>
        conversationId + "|" + seq.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
