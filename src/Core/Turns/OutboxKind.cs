namespace EngageBot.Core.Turns;

/// <summary>What an outbox row carries, and so how the dispatcher turns it into an activity.</summary>
public enum OutboxKind
{
    /// <summary>A notice or reminder; the subject is the notice id, rendered per recipient.</summary>
    Notice,

    /// <summary>A member moved from the waitlist into a seat; the subject is the sign-up id.</summary>
    SignUpPromoted,

    /// <summary>An activity the member was signed up for was cancelled; the subject is the sign-up id.</summary>
    SignUpCancelled,

    /// <summary>An activity the member signed up for moved (time or place); the subject is "{change id}:{sign-up id}".</summary>
    ActivityChanged,

    /// <summary>A ready activity (hand-off reply, a turn reply not delivered at once) with its own reference.</summary>
    Message,
}
