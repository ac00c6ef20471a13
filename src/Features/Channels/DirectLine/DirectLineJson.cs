using System.Text.Json.Serialization;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>The Direct Line boundary's own DTOs (activities themselves go through <see cref="ProtocolJson"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DirectLineTokenClaims))]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceResponse))]
public sealed partial class DirectLineJson : JsonSerializerContext;
