using System.Security.Cryptography;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>A channel signing key from the JWKS, with the channels it is endorsed for (empty = any).</summary>
public sealed record SigningKey(string KeyId, RSAParameters Parameters, IReadOnlyList<string> Endorsements);
