using System.Text.Json.Serialization;

namespace EngageBot.Storage.Console;

/// <summary>Source-generated JSON for the console's stored phrase lists.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
public sealed partial class ConsoleStorageJson : JsonSerializerContext;
