using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Two questions in one message where one part is a command ("12351几点有人接？或者直接给我转人工", "这周末有什么活动？怎么报名",
/// "我报了哪些？报了不去咋取消"): the command alone would lose the question, the question alone the command. The parts are
/// its sentences, or its comma clauses when it has one sentence; each is read on its own, and a pair is one part
/// naming a command and another part asking the knowledge base. A reading that stands on its own keeps a question
/// asked beside it, found in the parts the same way (<see cref="AskedBeside"/>).
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
        Intent? command = null;
        ScoredEntry? entry = null;
        var commandFirst = false;
        foreach (var part in Parts(text))
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

    /// <summary>
    /// The question asked beside a reading that stands on its own, read part by part as a pair is: help or an action
    /// declined ("这个怎么用？另外会员卡丢了怎么补"), or the answer the learned second opinion settled two close topics on
    /// ("瑜伽课在哪上，能找律师吗？"). The first part that asks about an entry other than <paramref name="answered"/> and that
    /// stands among the whole message's <paramref name="candidates"/> (a part's leader the whole does not support is no
    /// second question); null when there is none.
    /// </summary>
    public static ScoredEntry? AskedBeside(string text, string? answered, IReadOnlyList<ScoredEntry> candidates, Func<string, (Intent? Command, ScoredEntry? Entry)> read)
    {
        foreach (var part in Parts(text))
        {
            if (read(part) is (null, { } asked) && asked.Entry.Id != answered && candidates.Any(c => c.Entry.Id == asked.Entry.Id))
            {
                return asked;
            }
        }

        return null;
    }

    /// <summary>A message's parts: its sentences, or its comma clauses when it has one sentence; none unless two or three.</summary>
    private static IReadOnlyList<string> Parts(string text)
    {
        var parts = QuestionSplitter.Sentences(text, clauses: false);
        if (parts.Count < 2)
        {
            parts = text.Split(Commas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return parts.Count is < 2 or > 3 ? [] : parts;
    }
}
