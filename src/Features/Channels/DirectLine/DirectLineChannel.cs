using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// How the built-in Direct Line channel is told apart from external channels: its activities carry the channel
/// id <c>engagebot</c> (its own, not Azure's <c>directline</c>, so Azure's Direct Line arriving through
/// /api/messages can never be taken for it) and the service URL <c>urn:engagebot:directline</c>, which is not an
/// http(s) URL, so the Connector sender never claims them and replies stay in-process.
/// </summary>
public static class DirectLineChannel
{
    /// <summary>The built-in channel's id: on every activity it produces and in every key it stores.</summary>
    public const string ChannelId = "engagebot";

    public const string ServiceUrl = "urn:engagebot:directline";

    public static bool IsHosted(ConversationReference reference) =>
        string.Equals(reference.ServiceUrl, ServiceUrl, StringComparison.Ordinal);

    /// <summary>The id of the <paramref name="seq"/>th activity of a conversation: <c>{cid}|0000001</c>.</summary>
    public static string ActivityId(string conversationId, long seq) =>
        conversationId + "|" + seq.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
