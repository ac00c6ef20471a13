using System.Diagnostics.CodeAnalysis;
using EngageBot.Core.Protocol;

namespace EngageBot.Core.State;

/// <summary>
/// A member: one user of one channel. Stored as <c>{channelId}/{userId}</c> (outbox rows, subscriptions,
/// sign-ups, notice audiences); <see cref="ToString"/> is that stored form.
/// </summary>
public readonly record struct MemberKey
{
    public MemberKey(string channelId, string userId)
    {
        ChannelId = KeyText.Channel(channelId, nameof(channelId));
        UserId = KeyText.Id(userId, nameof(userId));
    }

    public string ChannelId { get; }

    public string UserId { get; }

    /// <summary>
    /// The sender of an activity that has passed the adapter's checks (channel and from.id present), or the member a
    /// channel bound them to (<see cref="Activity.ActingMember"/>), so their sign-ups and state are the member's.
    /// </summary>
    public static MemberKey ForSender(Activity activity) =>
        activity.ActingMember is { } acting ? Parse(acting) : new(activity.ChannelId!, activity.From!.Id!);

    public string Format() => ChannelId + "/" + UserId;

    public override string ToString() => Format();

    /// <exception cref="FormatException">The text is not <c>{channelId}/{userId}</c>.</exception>
    public static MemberKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a member key ({{channelId}}/{{userId}}).");

    public static bool TryParse([NotNullWhen(true)] string? text, out MemberKey key)
    {
        var ok = KeyText.TrySplit(text, out var channelId, out var userId);
        key = ok ? new MemberKey(channelId, userId) : default;
        return ok;
    }
}
