namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Who sent an inbound request: a verified channel (with the serviceUrl its token vouches for and the
/// channels its signing key is endorsed for) or anonymous.
/// </summary>
public sealed record ChannelIdentity(bool IsAnonymous, ChannelToken? Token)
{
    public static readonly ChannelIdentity Anonymous = new(true, null);
}
