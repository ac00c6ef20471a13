using System.Text.Json.Serialization;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Optional body of token generation and conversation start: who the user is.</summary>
public sealed record TokenParameters
{
    public ChannelAccount? User { get; init; }

    public string? Locale { get; init; }
}

/// <summary>The answer to token generate/refresh, start and reconnect.</summary>
public sealed record ConversationResponse
{
    public required string ConversationId { get; init; }

    public string? Token { get; init; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    public string? StreamUrl { get; init; }
}
