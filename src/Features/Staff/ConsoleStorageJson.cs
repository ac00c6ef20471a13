using System.Text.Json.Serialization;
using EngageBot.Features.Knowledge;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>Source-generated JSON for the console's stored phrase lists.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
public sealed partial class ConsoleStorageJson : JsonSerializerContext;
