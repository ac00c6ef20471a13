namespace EngageBot.Core.State;

/// <summary>Every state-table key format, written once.</summary>
public static class StateKeys
{
    /// <summary>The conversation's state document.</summary>
    public static string Conversation(ConversationKey conversation) => "conversation/" + conversation.Format();

    /// <summary>The member's state document.</summary>
    public static string User(MemberKey member) => "user/" + member.Format();

    /// <summary>Identifies one delivery of an activity, for redelivery detection.</summary>
    public static string Activity(ConversationKey conversation, string activityId) => conversation.Format() + "/" + activityId;
}
