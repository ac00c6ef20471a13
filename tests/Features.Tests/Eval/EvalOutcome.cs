using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Eval;

/// <summary>How the recognizer read one evaluation line, and whether that counts as right.</summary>
public sealed record EvalOutcome(EvalLine Line, RecognizedIntent Result)
{
    private static readonly HashSet<Intent> ActionIntents = [Intent.SignUp, Intent.CancelSignUp, Intent.CheckIn, Intent.Subscribe, Intent.Unsubscribe];

    /// <summary>
    /// Strict: any action intent counts, even one the bot would only ask to confirm, because the set's rule is
    /// "no state change and no action flow started".
    /// </summary>
    public bool StartsAction => ActionIntents.Contains(Result.Intent);

    /// <summary>What the recognizer answered, in the set's terms (the main label of a two-question reading).</summary>
    public string Got => Result.Label.Split('|')[0];

    public bool Right => Line switch
    {
        { IsNoAct: true } => !StartsAction,
        { IsNone: true } => Result.Intent == Intent.None,
        _ => Got == Line.Main,
    };

    /// <summary>For a two-question line: the second question was answered too.</summary>
    public bool BothOffered => Line.Second is { } second && Right && Result.Label.Split('|') is [_, var also] && also == second;
}
