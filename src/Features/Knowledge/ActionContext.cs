namespace EngageBot.Features.Knowledge;

/// <summary>
/// What stands around an action verb and makes it no order to act: a negator just before it ("不需要退订", "我没说要
/// 取消", "I never asked to unsubscribe"), a done deed ("我已经报名了", "I already signed up"), or someone else's wish
/// or words ("同事说要取消", "我朋友想退订", "my wife wants to sign up"). The bot acts for the member who writes, on
/// what they ask now; anything else is answered (how to do it), never executed.
/// </summary>
public static class ActionContext
{
    /// <summary>How far before a Chinese verb a negator or marker counts; English words are longer.</summary>
    private const int HanWindow = 6;
    private const int LatinWindow = 24;

    private static readonly string[] Negators = ["别", "不要", "不用", "不想", "没想", "先不", "不打算", "不必", "不需要", "无需", "没必要", "没说", "没让", "不是", "甭", "don t", "do not", "dont", "not", "never", "no need", "didn t", "didnt", "no longer", "won t", "wont"];

    /// <summary>
    /// One-character negators: 不/没 are in too many words (不错, 没问题) to count anywhere before the verb, so they
    /// count only close to it ("不报名了", "我没签到", "别帮我报名": at most two characters such as 帮我 between).
    /// </summary>
    private static readonly char[] CloseNegators = ['不', '没', '别', '甭', '勿'];

    private const int CloseWindow = 3;
    private static readonly string[] DoneMarkers = ["已经", "已", "早就", "之前", "上次", "上周", "昨天", "刚才", "刚刚", "前两天", "前几天", "上个月", "上礼拜", "already", "yesterday", "last week", "last time", "earlier", "last month", "the other day"];

    /// <summary>"退订了，今天又收到了", "报了名但是没收到确认": a later clause tells what followed the deed, so the deed is told, not asked.</summary>
    private static readonly string[] Followed = ["又", "还在", "还是", "但是", "但", "可是", "却", "结果"];

    /// <summary>
    /// The action named as a thing talked about, not asked for: a noun (退订的方法, 报名说明, 关于退订), a condition or
    /// subject (退订以后报名还有效, 退订了就收不到…吧, 退订通知跟退会是一回事吧), an English gerund (unsubscribing also
    /// cancels…, tell me about unsubscribing). Orders name the verb bare or with its object and the member.
    /// </summary>
    private static readonly string[] TopicMarkers = ["的", "以后", "之后", "后", "了就", "了会", "了以后", "了之后", "跟", "和", "与", "说明", "方法", "步骤", "入口", "按钮", "功能", "流程", "规则"];
    private static readonly string[] TopicObjects = ["通知", "推送", "消息", "提醒", "报名"];

    /// <summary>"退订不了", "签到失败", "取消一直不成功": the action told as not working, answered with how it works.</summary>
    private static readonly string[] FailedAfter = ["失败", "不了", "不成功", "没成功", "没反应", "不管用", "没用"];

    /// <summary>Someone other than the writer wants it, or said it.</summary>
    private static readonly string[] Others =
    [
        "同事", "朋友", "家属", "家人", "亲戚", "孩子", "儿子", "女儿", "老婆", "老公", "媳妇", "爱人", "对象", "我妈", "我爸", "室友", "邻居", "别人", "有人", "他们", "她们", "他说", "她说", "他想", "她想", "帮她", "帮他", "替她", "替他", "听说", "说要",
        "my colleague", "my coworker", "my co worker", "my friend", "my wife", "my husband", "my partner", "my mom", "my mum", "my mother", "my dad", "my father", "my son", "my daughter", "my kid", "my family", "someone", "somebody", "he wants", "she wants", "they want", "for him", "for her", "his ", "her ", "told me to", "said to", "i heard", "heard that", "听人说",
    ];

    /// <summary>The writer asks for themself too ("帮我和老婆都报上", "sign me and my wife up"): others named beside them do not stop it.</summary>
    /// <remarks>The writer's own place named (my spot, 我的名额) is theirs, whoever else is told of as the reason (my mom is visiting…).</remarks>
    private static readonly string[] ForMe = ["帮我", "给我", "替我", "我要", "我也", "算我", "带我", "我们", "我的名额", "我的报名", "我的位置", "sign me", "me up", "count me", "for me", "i want", "i d like", "i would like", "us ", "my spot", "my place", "my seat", "my registration", "my signup", "my sign up"];

    /// <summary>
    /// True when a negator stands just before one of the verbs ("别帮我退订", "先不取消", "don't cancel"), at any of its
    /// mentions: "最晚什么时候取消…先别帮我取消" asks about the verb first and holds it back after.
    /// </summary>
    public static bool Negated(string normalized, string[] verbs)
    {
        var open = WithoutClosedRefusals(normalized);
        return Before(open, verbs, Negators) || CloseBefore(open, verbs) || NegatedBa(normalized, verbs);
    }

    /// <summary>
    /// "名额我不要了，让给别人", "这个报名不要了 帮我撤掉": a refusal closed by 了 is a clause of its own (the thing given up),
    /// not a negator of the verb after it; "不要让给别人" and "不要取消" stay negated.
    /// </summary>
    private static readonly string[] ClosedRefusals = ["不想要了", "不需要了", "不要了", "不要啦", "不用了", "不用啦"];

    private static string WithoutClosedRefusals(string normalized)
    {
        foreach (var refusal in ClosedRefusals)
        {
            if (normalized.Contains(refusal, StringComparison.Ordinal))
            {
                normalized = normalized.Replace(refusal, new string(' ', refusal.Length), StringComparison.Ordinal); // blanks built only when needed
            }
        }

        return normalized;
    }

    /// <summary>True when the 不 or 没 at <paramref name="at"/> stands inside a doubled verb (取不取消, 要不要, 去没去): it asks a choice and negates nothing.</summary>
    public static bool DoubledAround(string text, int at) =>
        at > 0 && at + 1 < text.Length && text[at] is '不' or '没' && text[at - 1] == text[at + 1]
        && TextNormalizer.IsHan(text[at - 1]) && text[at - 1] is not ('不' or '没');

    /// <summary>"这周的课取不取消", "联谊会要不要交报名费": <paramref name="normalized"/> with the 不/没 of each doubled verb blanked, so no negator is read in a choice asked.</summary>
    public static string WithoutChoices(string normalized)
    {
        char[]? blanked = null;
        for (var at = 1; at + 1 < normalized.Length; at++)
        {
            if (DoubledAround(normalized, at))
            {
                blanked ??= normalized.ToCharArray(); // built only when needed
                blanked[at] = ' ';
            }
        }

        return blanked is null ? normalized : new string(blanked);
    }

    /// <summary>"别把我周六太极拳的报名取消了": 把 puts the object before the verb, so a negator before 把 negates a verb however far after it.</summary>
    private static readonly string[] NegatedBaWords = ["别把", "不要把", "不用把", "甭把", "不想把", "先别把", "千万别把", "不许把"];

    private static bool NegatedBa(string normalized, string[] verbs)
    {
        foreach (var ba in NegatedBaWords)
        {
            var at = normalized.IndexOf(ba, StringComparison.Ordinal);
            if (at >= 0 && verbs.Any(verb => TextNormalizer.IsHan(verb[0]) && normalized.IndexOf(verb, at + ba.Length, StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Right before an English verb these tell it did not work ("i cant check in", "couldn't sign up"): a complaint, not an order.</summary>
    private static readonly string[] Failures = ["can t ", "cant ", "cannot ", "couldn t ", "couldnt ", "unable to ", "not able to "];

    /// <summary>True when the member says the action failed ("cant check in, code 5823 not working", "退订不了"), which is answered, never run.</summary>
    public static bool Failed(string normalized, string[] verbs)
    {
        if (HanAfter(normalized, verbs, after => WithoutObject(after) is var rest && FailedAfter.Any(f => rest.StartsWith(f, StringComparison.Ordinal) || rest.StartsWith("一直" + f, StringComparison.Ordinal))))
        {
            return true;
        }

        foreach (var verb in verbs)
        {
            var at = Phrases.IndexOf(normalized, verb);
            if (at > 0 && !TextNormalizer.IsHan(verb[0]) && Failures.Any(f => normalized.AsSpan(0, at).EndsWith(f, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the verb tells what was done, not what to do ("我已经报名了", "I already signed up", "i unsubscribed but…", "退订了，今天又收到了").</summary>
    public static bool Done(string normalized, string[] verbs) =>
        Before(normalized, verbs, DoneMarkers)
        || LatinForm(normalized, verbs, word => word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('d'))
        || HanAfter(normalized, verbs, after => after.StartsWith('了') && Followed.Any(f => after.Contains(f, StringComparison.Ordinal)));

    /// <summary>True when the action is named as a thing talked about rather than asked for (see <see cref="TopicMarkers"/>).</summary>
    public static bool Topic(string normalized, string[] verbs) =>
        LatinForm(normalized, verbs, word => word.EndsWith("ing", StringComparison.Ordinal))
        || HanAfter(normalized, verbs, after =>
        {
            var rest = WithoutObject(after);
            return TopicMarkers.Any(m => rest.StartsWith(m, StringComparison.Ordinal)) && !rest.StartsWith("后天", StringComparison.Ordinal);
        });

    /// <summary>What follows a verb, past a notice it names (退订通知失败了).</summary>
    private static string WithoutObject(string after)
    {
        var rest = after.TrimStart();
        var thing = TopicObjects.FirstOrDefault(o => rest.StartsWith(o, StringComparison.Ordinal));
        return thing is null ? rest : rest[thing.Length..].TrimStart();
    }

    /// <summary>Whether what follows a Chinese verb (its first place) reads as <paramref name="test"/> says.</summary>
    private static bool HanAfter(string normalized, string[] verbs, Func<string, bool> test)
    {
        foreach (var verb in verbs)
        {
            if (TextNormalizer.IsHan(verb[0]) && normalized.IndexOf(verb, StringComparison.Ordinal) is >= 0 and var at && test(normalized[(at + verb.Length)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the English word a verb is found in (unsubscribing, unsubscribed) is a form <paramref name="test"/> accepts; the bare verb never is.</summary>
    private static bool LatinForm(string normalized, string[] verbs, Func<string, bool> test)
    {
        foreach (var verb in verbs)
        {
            if (TextNormalizer.IsHan(verb[0]) || verb.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var at = Phrases.IndexOf(normalized, verb);
            if (at >= 0)
            {
                var end = normalized.IndexOf(' ', at);
                var word = end < 0 ? normalized[at..] : normalized[at..end];
                if (word.Length > verb.Length && test(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the action is someone else's (a colleague's wish, what a friend said) and the writer does not ask for themself.</summary>
    public static bool Reported(string normalized) =>
        Phrases.Contains(normalized, Others) && (!Phrases.Contains(normalized, ForMe) || OnBehalf(normalized));

    /// <summary>"给我同事退订一下", "帮我老婆报个名": 给我/帮我 before another person is that person's matter, not the writer's.</summary>
    private static bool OnBehalf(string normalized)
    {
        foreach (var me in new[] { "给我", "帮我", "替我" })
        {
            for (var at = normalized.IndexOf(me, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(me, at + 1, StringComparison.Ordinal))
            {
                var after = normalized[(at + me.Length)..];
                if (Others.Any(o => TextNormalizer.IsHan(o[0]) && after.StartsWith(o, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A one-character negator at most <see cref="CloseWindow"/> characters before a Chinese verb ("我没签到", "可不报名").</summary>
    private static bool CloseBefore(string normalized, string[] verbs)
    {
        foreach (var verb in verbs)
        {
            for (var at = Phrases.IndexOf(normalized, verb); at >= 0; at = Phrases.IndexOf(normalized, verb, at + 1))
            {
                if (at > 0 && TextNormalizer.IsHan(verb[0]) && NegatorIn(normalized.AsSpan(Math.Max(0, at - CloseWindow), Math.Min(at, CloseWindow))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "去不了 取消吧", "来不成了 撤了吧", "报了不去咋取消": 不 in a complement of inability (不了, 不成) tells the reason, and a
    /// how-word right before the verb asks it; neither negates the verb.
    /// </summary>
    private static bool NegatorIn(ReadOnlySpan<char> window)
    {
        if (window.EndsWith("咋") || window.EndsWith("怎么"))
        {
            return false;
        }

        for (var i = 0; i < window.Length; i++)
        {
            if (window[i] is var c && CloseNegators.Contains(c) && !(c == '不' && i + 1 < window.Length && window[i + 1] is '了' or '成'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of the markers within a window before any mention of one of the verbs.</summary>
    private static bool Before(string normalized, string[] verbs, string[] markers)
    {
        foreach (var verb in verbs)
        {
            for (var at = Phrases.IndexOf(normalized, verb); at >= 0; at = Phrases.IndexOf(normalized, verb, at + 1))
            {
                var window = TextNormalizer.IsHan(verb[0]) ? HanWindow : LatinWindow;
                var before = normalized[Math.Max(0, at - window)..at];
                if (markers.Any(n => before.Contains(n, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
