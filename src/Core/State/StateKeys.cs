namespace EngageBot.Core.State;

/// <summary>Every storage key format, written once.</summary>
public static class StateKeys
{
    public static string Conversation(string channelId, string conversationId) => $"conversation/{channelId}/{conversationId}";

    public static string User(string channelId, string userId) => $"user/{channelId}/{userId}";

    /// <summary>Identifies one delivery of an activity, for redelivery detection.</summary>
    public static string Activity(string channelId, string conversationId, string activityId) => $"{channelId}/{conversationId}/{activityId}";

    /// <summary>The transcript and conversation-reference key of a conversation.</summary>
    public static string Transcript(string channelId, string conversationId) => $"{channelId}/{conversationId}";
}
