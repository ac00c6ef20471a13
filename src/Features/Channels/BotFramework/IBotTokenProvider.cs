namespace EngageBot.Features.Channels.BotFramework;

/// <summary>The bearer token the bot presents to a channel's Connector service; null in anonymous mode.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
