using System.Diagnostics.CodeAnalysis;
using EngageBot.Core.Protocol;

namespace EngageBot.Core.State;

/// <summary>
/// A conversation of one channel. Stored as <c>{channelId}/{conversationId}</c>: the transcript's and the
/// outbox's conversation, the conversation reference's key; <see cref="ToString"/> is that stored form.
/// </summary>
public readonly record struct ConversationKey
{
    public ConversationKey(string channelId, string conversationId)
    {
        ChannelId = KeyText.Channel(channelId, nameof(channelId));
        ConversationId = KeyText.Id(conversationId, nameof(conversationId));
    }

    public string ChannelId { get; }

    public string ConversationId { get; }

    /// <summary>The conversation of an activity that has passed the adapter's checks (channel and conversation present).</summary>
    public static ConversationKey For(Activity activity) => new(activity.ChannelId!, activity.Conversation!.Id!);

    public static ConversationKey For(ConversationReference reference) => new(reference.ChannelId, reference.Conversation.Id!);

    public string Format() => ChannelId + "/" + ConversationId;

    public override string ToString() => Format();

    /// <exception cref="FormatException">The text is not <c>{channelId}/{conversationId}</c>.</exception>
    public static ConversationKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a conversation key ({{channelId}}/{{conversationId}}).");

    public static bool TryParse([NotNullWhen(true)] string? text, out ConversationKey key)
    {
        var ok = KeyText.TrySplit(text, out var channelId, out var conversationId);
        key = ok ? new ConversationKey(channelId, conversationId) : default;
        return ok;
    }
}
