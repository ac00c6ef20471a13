using EngageBot.Core.Protocol;
using EngageBot.Features.Http;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels;

/// <summary>The fields a channel endpoint needs an inbound activity to carry.</summary>
[Flags]
public enum ActivityFields
{
    Type = 1,
    ChannelId = 2,
    ConversationId = 4,
    FromId = 8,

    /// <summary>What a Bot Framework channel must send: the activity says what it is, where and from whom.</summary>
    Envelope = Type | ChannelId | ConversationId | FromId,
}

/// <summary>
/// Reads an inbound activity, for every channel endpoint that takes one as JSON: at most 256 KiB (the Bot Framework
/// limit) through <see cref="JsonBodyReader"/>, then the fields the endpoint needs.
/// </summary>
public static class InboundActivity
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<BodyRead<Activity>> ReadAsync(HttpRequest request, ActivityFields required, CancellationToken cancellationToken)
    {
        var read = await JsonBodyReader.ReadAsync(request, ProtocolJson.Default.Activity, MaxBytes, cancellationToken);
        if (read.Body is not { } activity)
        {
            return read;
        }

        var missing = Missing(activity, required).ToList();
        if (missing.Count > 0)
        {
            return new BodyRead<Activity>(BodyFailure.MissingFields, $"The activity needs: {string.Join(", ", missing)}.");
        }

        // Keys are "{channelId}/{id}": a channel id with '/' would make one member's key read as another's.
        return required.HasFlag(ActivityFields.ChannelId) && activity.ChannelId!.Contains('/', StringComparison.Ordinal)
            ? new BodyRead<Activity>(BodyFailure.InvalidField, "A channelId must not contain '/'.")
            : read;
    }

    private static IEnumerable<string> Missing(Activity activity, ActivityFields required)
    {
        if (required.HasFlag(ActivityFields.Type) && string.IsNullOrWhiteSpace(activity.Type))
        {
            yield return "type";
        }

        if (required.HasFlag(ActivityFields.ChannelId) && string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            yield return "channelId";
        }

        if (required.HasFlag(ActivityFields.ConversationId) && string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            yield return "conversation.id";
        }

        if (required.HasFlag(ActivityFields.FromId) && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            yield return "from.id";
        }
    }
}
