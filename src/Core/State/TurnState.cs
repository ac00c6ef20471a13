namespace EngageBot.Core.State;

/// <summary>The conversation's and the sender's state, loaded once at the start of a turn.</summary>
public sealed class TurnState(StateBag conversation, StateBag user)
{
    public StateBag Conversation { get; } = conversation;

    public StateBag User { get; } = user;
}
