using System.Text.Json.Serialization;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>Source-generated JSON for sign-up buttons and conversation state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SignUpPostBack))]
[JsonSerializable(typeof(PendingCancel))]
[JsonSerializable(typeof(PendingSignUp))]
[JsonSerializable(typeof(CheckIn.PendingCheckIn))]
[JsonSerializable(typeof(SignUpFlowValues))]
[JsonSerializable(typeof(string))]
public sealed partial class SignUpJson : JsonSerializerContext;
