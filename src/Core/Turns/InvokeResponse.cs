using System.Text.Json;

namespace EngageBot.Core.Turns;

/// <summary>The HTTP status and body an invoke activity is answered with.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
