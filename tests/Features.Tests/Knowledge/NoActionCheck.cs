using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// What the generated no-act tests ask of every line: neither the recognizer nor the sign-up route starts an action
/// or offers to confirm one (listing my sign-ups and setting a name change nothing).
/// </summary>
internal static class NoActionCheck
{
    private static readonly Intent[] ActionIntents = [Intent.SignUp, Intent.CancelSignUp, Intent.CheckIn, Intent.Subscribe, Intent.Unsubscribe];

    /// <summary>The lines that would act, each with what read it so.</summary>
    public static List<string> Acted(IntentRecognizer recognizer, IEnumerable<(string Action, string Text)> lines)
    {
        var acted = new List<string>();
        foreach (var (action, text) in lines)
        {
            var read = recognizer.Recognize(text);
            var parsed = SignUpCommandParser.Parse(text);
            if (read.Acts || ActionIntents.Contains(read.Intent) || parsed is not (null or { Kind: SignUpCommandKind.MySignUps or SignUpCommandKind.SetName }))
            {
                acted.Add($"{action}: {text} → {read.Intent} {read.Action} / route {parsed?.Kind}");
            }
        }

        return acted;
    }
}
