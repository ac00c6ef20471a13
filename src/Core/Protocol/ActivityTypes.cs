namespace EngageBot.Core.Protocol;

/// <summary>Activity type names (compared ordinally, as the spec says).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string DeleteUserData = "deleteUserData";

    private static readonly HashSet<string> TurnTypes = new(StringComparer.Ordinal)
    {
        Message, ConversationUpdate, Event, Invoke, EndOfConversation, MessageReaction,
        MessageUpdate, MessageDelete, InstallationUpdate, ContactRelationUpdate, DeleteUserData,
    };

    /// <summary>
    /// Types that run a turn. Everything else (typing, trace, suggestion, "ping" and types not yet
    /// invented) is acknowledged and ignored without touching state.
    /// </summary>
    public static bool RunsTurn(string type) => TurnTypes.Contains(type);
}
