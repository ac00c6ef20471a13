using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Eval;

/// <summary>How the recognizer read one evaluation line, and how much that counts as right.</summary>
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

    /// <summary>The bot asked back ("did you mean A, B or C?") instead of answering.</summary>
    public bool AskedBack => Result.Intent == Intent.Clarify;

    /// <summary>
    /// An ask-back on a topic or command line whose options hold the expected answer: the member reaches it with
    /// one tap and nothing was misunderstood. Options are the recognizer's close candidates (at most
    /// <see cref="RecognizerOptions.ClarifyCount"/>). Out-of-scope lines get no credit for asking: offering topics
    /// for a weather question is not an honest fallback.
    /// </summary>
    public bool OfferedRight => AskedBack && !Line.IsNone && !Line.IsNoAct && Offered.Contains(Line.Main);

    /// <summary>
    /// Credit for the line: 1 for the right answer (or, on a two-question line, an ask-back offering both questions:
    /// "answer both or ask which"), ½ for an ask-back offering the right answer among its options, 0 otherwise.
    /// Half credit is what makes the policy "answer when one topic clearly leads, ask when two are close" score
    /// best: answering a guess that is right with probability p earns p, asking earns ½, so asking wins exactly when
    /// no candidate is more likely right than not. Scoring an ask-back as a wrong answer (as before) made any
    /// guess worth more than asking, pushing the recognizer never to ask.
    /// </summary>
    public double Credit => Line switch
    {
        { IsNoAct: true } => StartsAction ? 0 : 1,
        { IsNone: true } => Result.Intent == Intent.None ? 1 : 0,
        _ when Got == Line.Main => 1,
        { Second: { } second } when OfferedRight && Offered.Contains(second) => 1,
        _ => OfferedRight ? 0.5 : 0,
    };

    /// <summary>The scoring before ask-backs got credit: the right answer itself, an honest fallback, or no action.</summary>
    public bool AnsweredRight => Line switch
    {
        { IsNoAct: true } => !StartsAction,
        { IsNone: true } => Result.Intent == Intent.None,
        _ => Got == Line.Main,
    };

    /// <summary>Full credit: the right answer (or an action-shaped question not acted on, an honest fallback).</summary>
    public bool Right => Credit >= 1;

    /// <summary>For a two-question line: the second question was answered or offered too.</summary>
    public bool BothOffered => Line.Second is { } second && Right
        && ((Result.Label.Split('|') is [_, var also] && also == second) || (AskedBack && Offered.Contains(second)));

    private IEnumerable<string> Offered => Result.Candidates.Select(c => c.Entry.Id == "activities" ? "intent:activities" : (c.Entry.Kind == KnowledgeKind.Club ? "club:" : "faq:") + c.Entry.Id);
}
