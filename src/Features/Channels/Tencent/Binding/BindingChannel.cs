using EngageBot.Features.Channels.WeChat;
using EngageBot.Features.Channels.WeCom;
using EngageBot.Features.Channels.WeCom.AiBot;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>The channels whose accounts can be bound to a roster member.</summary>
public enum BindingChannel
{
    WeChat,
    WeCom,
}

public static class BindingChannels
{
    public static string Id(this BindingChannel channel) => channel switch
    {
        BindingChannel.WeChat => WeChatActivityMapper.ChannelId,
        _ => WeComActivityMapper.ChannelId,
    };

    /// <summary>
    /// Every channel on which a bound account writes under the same id: a WeCom userid is the same in the app
    /// (<c>wecom</c>) and through the intelligent robot (<c>wecom-aibot</c>), so one binding covers both.
    /// </summary>
    public static IReadOnlyList<string> AccountChannelIds(this BindingChannel channel) => channel switch
    {
        BindingChannel.WeChat => [WeChatActivityMapper.ChannelId],
        _ => [WeComActivityMapper.ChannelId, WeComAiBotMapper.ChannelId],
    };

    /// <summary>The binding channel of an account's channel (<c>wechat</c>; <c>wecom</c> or <c>wecom-aibot</c>), or false.</summary>
    public static bool TryParseAccount(string? channelId, out BindingChannel channel)
    {
        (var ok, channel) = channelId switch
        {
            WeComAiBotMapper.ChannelId => (true, BindingChannel.WeCom),
            _ => (TryParse(channelId, out var parsed), parsed),
        };
        return ok;
    }

    /// <summary>The channel an id names (<c>wechat</c>, <c>wecom</c>), or false.</summary>
    public static bool TryParse(string? channelId, out BindingChannel channel)
    {
        (var ok, channel) = channelId switch
        {
            WeChatActivityMapper.ChannelId => (true, BindingChannel.WeChat),
            WeComActivityMapper.ChannelId => (true, BindingChannel.WeCom),
            _ => (false, BindingChannel.WeChat),
        };
        return ok;
    }
}

/// <summary>One bound account: which channel, the account's id there, the member, since when.</summary>
public sealed record ChannelBinding(BindingChannel Channel, string UserId, string MemberNumber, DateTimeOffset BoundAt);

/// <summary>What binding an account to a member did.</summary>
public enum BindOutcome
{
    /// <summary>Bound now (any earlier account of the member on that channel replaced).</summary>
    Bound,

    /// <summary>It was bound to this member already: nothing changed.</summary>
    AlreadyBound,

    /// <summary>The account is bound to another member: nothing changed (that member unbinds it first).</summary>
    TakenByOther,
}
