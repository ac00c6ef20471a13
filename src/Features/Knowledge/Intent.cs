using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>What a member's message asks for.</summary>
public enum Intent
{
    /// <summary>Nothing the union bot covers (weather, stocks, poems…) or too unclear to guess.</summary>
    None,

    /// <summary>Close to some topics but not sure which: offer the closest ones.</summary>
    Clarify,

    /// <summary>A benefit or service question answered from the knowledge base.</summary>
    Faq,

    /// <summary>A question about a club.</summary>
    Club,

    /// <summary>List activities, optionally in a time range.</summary>
    Activities,

    SignUp,
    CancelSignUp,
    MySignUps,
    Subscribe,
    Unsubscribe,
    Help,
    Greeting,
    Thanks,

    /// <summary>Talk to a person (转人工).</summary>
    Handoff,

    /// <summary>Back to the bot (结束人工).</summary>
    EndHandoff,

    /// <summary>"取消/算了/cancel" on its own: leave whatever is going on.</summary>
    Cancel,
}
