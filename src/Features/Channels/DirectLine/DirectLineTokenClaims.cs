using System.Text.Json.Serialization;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The payload of a Direct Line token (an HS256 JWT). <c>user</c> is the claim Web Chat reads to know who
/// "I" am; <c>kind</c> tells a conversation token from the short-lived credential inside a streamUrl.
/// </summary>
public sealed record DirectLineTokenClaims
{
    [JsonPropertyName("iss")]
    public string Issuer { get; init; } = DirectLineTokens.Issuer;

    [JsonPropertyName("conv")]
    public required string ConversationId { get; init; }

    [JsonPropertyName("user")]
    public required string UserId { get; init; }

    [JsonPropertyName("name")]
    public string? UserName { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>
    /// The member's session version when a verified sign-in issued the token (and tokens derived from it); checked
    /// on every use, so signing out everywhere or deactivation ends it. Null for tokens the secret's holder issued.
    /// </summary>
    [JsonPropertyName("sv")]
    public int? SessionVersion { get; init; }

    [JsonPropertyName("iat")]
    public long IssuedAt { get; init; }

    [JsonPropertyName("exp")]
    public long ExpiresAt { get; init; }

    public const string ConversationKind = "conversation";

    public const string StreamKind = "stream";

    /// <summary>A signed-in member's session on the member page (not accepted by the Direct Line API).</summary>
    public const string MemberKind = "member";
}
