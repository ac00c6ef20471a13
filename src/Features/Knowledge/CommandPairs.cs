using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Two questions in one message where one part is a command ("12351几点有人接？或者直接给我转人工", "这周末有什么活动？怎么报名",
/// "我报了哪些？报了不去咋取消"): the command alone would lose the question, the question alone the command. The parts are
/// its sentences, or its comma clauses when it has one sentence; each is read on its own, and a pair is one part
/// naming a command and another part asking the knowledge base.
/// </summary>
public static class CommandPairs
{
    private static readonly char[] Commas = ['，', ',', '、'];

    /// <summary>Commands a pair may hold: those that list or hand over (read only), and the actions, which run only as their own rules allow.</summary>
    private static readonly HashSet<Intent> Commands = [Intent.Handoff, Intent.Activities, Intent.MySignUps, Intent.SignUp, Intent.CancelSignUp, Intent.CheckIn, Intent.Subscribe, Intent.Unsubscribe];

    /// <summary>Commands offered as a button after the answer when they come second: reading and handing over change nothing.</summary>
    public static readonly HashSet<Intent> Offered = [Intent.Handoff, Intent.Activities, Intent.MySignUps];

    /// <summary>
    /// The command and the knowledge entry of a two-part message, and whether the command came first; null when it
    /// is not such a pair. <paramref name="read"/> reads one part: the command its words name, else the entry it asks about.
    /// </summary>
    public static (Intent Command, ScoredEntry Entry, bool CommandFirst)? Find(string text, Func<string, (Intent? Command, ScoredEntry? Entry)> read)
    {
        var parts = QuestionSplitter.Sentences(text, clauses: false);
        if (parts.Count < 2)
        {
            parts = text.Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (parts.Count is < 2 or > 3)
        {
            return null;
        }

        Intent? command = null;
        ScoredEntry? entry = null;
        var commandFirst = false;
        foreach (var part in parts)
        {
            var (named, asked) = read(part);
            if (named is { } c && Commands.Contains(c))
            {
                if (command is null)
                {
                    command = c;
                    commandFirst = entry is null;
                }
            }
            else if (named is null && asked is not null)
            {
                entry ??= asked;
            }
        }

        return command is { } found && entry is not null ? (found, entry, commandFirst) : null;
    }
}
