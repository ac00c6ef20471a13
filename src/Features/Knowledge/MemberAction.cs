namespace EngageBot.Features.Knowledge;

/// <summary>What a member can ask the bot to do, as opposed to ask it about.</summary>
public enum MemberAction
{
    SignUp,
    CancelSignUp,

    /// <summary>List the member's own sign-ups: reads only, so it may run on a question ("我报了哪些").</summary>
    MySignUps,
    CheckIn,
    Subscribe,
    Unsubscribe,
}
