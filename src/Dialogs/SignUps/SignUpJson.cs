using System.Text.Json.Serialization;

namespace EngageBot.Dialogs.SignUps;

/// <summary>Source-generated JSON for sign-up buttons and conversation state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SignUpPostBack))]
[JsonSerializable(typeof(PendingCancel))]
[JsonSerializable(typeof(PendingSignUp))]
[JsonSerializable(typeof(SignUpFlowValues))]
[JsonSerializable(typeof(string))]
public sealed partial class SignUpJson : JsonSerializerContext;
