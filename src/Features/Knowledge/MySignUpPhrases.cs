namespace EngageBot.Features.Knowledge;

/// <summary>
/// "What did I sign up for", read as a grammar rather than fixed phrases: the member's own sign-up told as done
/// (我好像报了个…, 我这个月在你这报了…, 我已经报上的, 报过名) with a word that asks for the list or to recall it
/// (哪/啥/几个, 查/看看/列, 记不清/忘了), or a possessive sign-up list (我名下的报名, 我的 signups, check my 报名,
/// which events am I signed up to). Listing changes nothing, so a near miss costs an answer, never an action; a
/// sign-up told as the time of a problem (我报名的时候显示已满, 我报名的那天…) is no list asked for.
/// </summary>
public static class MySignUpPhrases
{
    /// <summary>The member's sign-up told as done, right after 我/自己 or a few words on (我这个月在你这报了).</summary>
    private static readonly string[] Signed = ["报了", "报过", "报上", "报名了", "报过名", "报的", "报名的", "报上的"];
    private static readonly string[] Me = ["我", "自己"];

    /// <summary>How far after 我 the verb may stand: 我好像报了, 我这个月在你这报了 (time, place and hedges between).</summary>
    private const int MeReach = 7;

    /// <summary>A list or a recall asked for: a question word right after the verb, or a verb of looking it up anywhere.</summary>
    private static readonly string[] WhichWords = ["哪", "啥", "什么", "几个", "几场", "几项", "多少个"];
    private const int WhichReach = 6;

    /// <summary>"我报了名，什么时候出结果", "报了瑜伽在哪里上": when or where, not which.</summary>
    private static readonly string[] NotWhich = ["什么时候", "啥时候", "哪里", "哪儿"];
    private static readonly string[] LookUp = ["查", "看看", "看下", "看一下", "瞅瞅", "列", "记不清", "记不得", "不记得", "忘了", "想不起"];

    /// <summary>"我报名的时候显示已满", "我报名的那天下雨了": the sign-up is the time of something else asked about.</summary>
    private static readonly string[] TimeOf = ["的时候", "时候", "的时", "那天", "那会", "之后", "以后", "后来"];

    private static readonly string[] Lists = ["我的 signup", "我的 sign up", "我的 registration", "my 报名", "我的报名"];
    private static readonly string[] English = ["am i signed up", "am i registered", "am i booked", "did i sign up for", "did i register for", "did i book", "have i signed up", "have i registered", "signed up to", "i m signed up for", "im signed up for"];
    private static readonly string[] EnglishDone = ["i signed up", "i registered", "i ve signed up", "ive signed up", "i booked"];
    private static readonly string[] EnglishWhich = ["which", "what", "list", "remember", "forgot", "forget"];

    /// <summary>"我报了名，什么时候出结果", "我报的瑜伽在哪儿上": the result or the place of a sign-up asked, not which ones.</summary>
    private static readonly string[] OfIt = ["出结果", "结果", "审核", "公布", "录取", "抽签", "在哪", "哪里", "哪儿"];

    /// <summary>True when a question asks about the member's sign-up (its result, its place) rather than for the list.</summary>
    public static bool AsksOfIt(string raw, string normalized) =>
        Phrases.Contains(normalized, OfIt) && ActionPhrases.IsQuestion(raw, normalized) && !Phrases.Contains(normalized, Lists) && !InOnesName(normalized);

    /// <summary>True when the message asks which activities the member signed up for.</summary>
    public static bool Asks(string normalized) =>
        Phrases.Contains(normalized, Lists) || InOnesName(normalized) || Phrases.Contains(normalized, English)
        || (Phrases.Contains(normalized, EnglishDone) && Phrases.Contains(normalized, EnglishWhich))
        || OwnSignUpAsked(normalized);

    /// <summary>"我名下有哪些报名": 名下, but not the end of 报名 before a time (帮我报名下周的手工课).</summary>
    private static bool InOnesName(string text)
    {
        for (var at = text.IndexOf("名下", StringComparison.Ordinal); at >= 0; at = text.IndexOf("名下", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] != '报')
            {
                return true;
            }
        }

        return false;
    }

    private static bool OwnSignUpAsked(string text)
    {
        foreach (var verb in Signed)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                var end = at + verb.Length;
                var before = text[Math.Max(0, at - MeReach)..at];
                var own = at == 0 || Me.Any(me => before.Contains(me, StringComparison.Ordinal));
                var after = text[end..];
                if (!own || TimeOf.Any(t => after.StartsWith(t, StringComparison.Ordinal)))
                {
                    continue;
                }

                var near = after[..Math.Min(after.Length, WhichReach + 2)];
                var which = WhichWords.Any(w => near.IndexOf(w, StringComparison.Ordinal) is >= 0 and <= WhichReach) && !NotWhich.Any(w => near.Contains(w, StringComparison.Ordinal));
                if (which || Phrases.Contains(text, LookUp))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
