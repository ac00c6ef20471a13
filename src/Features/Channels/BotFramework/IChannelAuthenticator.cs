namespace EngageBot.Features.Channels.BotFramework;

/// <summary>Checks the Authorization header of <c>POST /api/messages</c>.</summary>
public interface IChannelAuthenticator
{
    /// <summary>The caller's identity, or null when the request must be refused with 401.</summary>
    Task<ChannelIdentity?> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken);
}
