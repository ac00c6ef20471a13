using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Core.State;

/// <summary>
/// A conversation reference as small columns (layout E, bench/README.md "ref27"): what the channels write fits in the
/// user's id and name, a route (serviceUrl and bot), the group flag, locale, Teams' conversation type and tenant.
/// Anything else (an AAD object id, a role, a conversation name, properties only <c>[JsonExtensionData]</c> kept)
/// keeps the whole document in <see cref="Extra"/>, so <see cref="ToReference"/> always gives back what was written.
/// The activity id is not stored (<see cref="ActivityExtensions.GetReference"/> no longer sets it; nothing reads it).
/// </summary>
public sealed record ReferenceColumns(
    string? UserId,
    string? UserName,
    ReferenceRoute Route,
    bool IsGroup,
    string? Locale,
    string? ConversationType,
    string? TenantId,
    string? Extra)
{
    /// <summary>
    /// The member a reference is stored under, the first column of its key: <c>{channel}/{user}</c> for a 1:1 chat, the
    /// conversation itself (<c>{channel}/{conversation}</c>) for a group or a chat without a user.
    /// </summary>
    public static MemberKey MemberOf(ConversationKey key, ConversationReference reference) =>
        reference.Conversation.IsGroup != true && reference.User?.Id is { Length: > 0 } user
            ? new MemberKey(key.ChannelId, user)
            : new MemberKey(key.ChannelId, key.ConversationId);

    /// <summary>The columns of <paramref name="reference"/>, with <see cref="Extra"/> set only when a column would lose something.</summary>
    public static ReferenceColumns From(ConversationReference reference)
    {
        var user = reference.User;
        var conversation = reference.Conversation;
        return new ReferenceColumns(
            user?.Id,
            user?.Name,
            new ReferenceRoute(reference.ServiceUrl ?? string.Empty, reference.Bot?.Id ?? string.Empty, reference.Bot?.Name ?? string.Empty),
            conversation.IsGroup == true,
            reference.Locale,
            conversation.ConversationType,
            conversation.TenantId,
            FitsColumns(reference) ? null : JsonSerializer.Serialize(reference with { ActivityId = null }, ProtocolJson.Default.ConversationReference));
    }

    /// <summary>The reference these columns were taken from, for the conversation <paramref name="key"/>.</summary>
    public ConversationReference ToReference(ConversationKey key)
    {
        if (Extra is not null)
        {
            return JsonSerializer.Deserialize(Extra, ProtocolJson.Default.ConversationReference)
                ?? throw new JsonException("A stored conversation reference's document is null.");
        }

        return new ConversationReference
        {
            User = UserId is null && UserName is null ? null : new ChannelAccount { Id = UserId, Name = UserName },
            Bot = Route.BotId.Length == 0 && Route.BotName.Length == 0 ? null : new ChannelAccount { Id = NullIfEmpty(Route.BotId), Name = NullIfEmpty(Route.BotName) },
            Conversation = new ConversationAccount
            {
                Id = key.ConversationId,
                IsGroup = IsGroup ? true : null,
                ConversationType = ConversationType,
                TenantId = TenantId,
            },
            ChannelId = key.ChannelId,
            ServiceUrl = NullIfEmpty(Route.ServiceUrl),
            Locale = Locale,
        };
    }

    // The columns hold a null and an empty serviceUrl / bot id / bot name alike, an absent and a false group flag alike,
    // and an absent bot like one with neither: such rare shapes, and any property without a column, keep the document.
    private static bool FitsColumns(ConversationReference reference) =>
        (reference.User is not { } user || (Plain(user) && (user.Id is not null || user.Name is not null)))
        && (reference.Bot is not { } bot || (Plain(bot) && bot.Id != string.Empty && bot.Name != string.Empty && (bot.Id is not null || bot.Name is not null)))
        && reference.ServiceUrl != string.Empty
        && reference.Conversation is { Id: not null, Name: null, IsGroup: null or true, AdditionalProperties: null or { Count: 0 } };

    private static bool Plain(ChannelAccount account) =>
        account is { AadObjectId: null, Role: null, AdditionalProperties: null or { Count: 0 } };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>Where a reference's messages go and as whom: few distinct per deployment, so stored once and referred to by id.</summary>
public sealed record ReferenceRoute(string ServiceUrl, string BotId, string BotName);
