namespace EngageBot.Features.Knowledge;

/// <summary>
/// Ending a talk the way people end one in a chat, without naming the person: nothing more to ask (没别的问题了, 没其他事了,
/// 没啥要问的了, that's all, nothing else), talk put down (不聊了, 就聊到这, 今天先到这儿), the other side let go (你忙吧,
/// 您先忙, 不打扰了) or the line hung up (可以挂了). Told, never asked: a question, or anything asked after it ("没别的问题了，
/// 就是卡丢了咋办"), keeps it a question. Only short messages: a story that ends this way asks something in it.
/// </summary>
public static class TalkEnds
{
    private const int Longest = 24;

    /// <summary>Nothing more: 没/没有 + what else + the matter (没别的事了, 没有其他问题了, 没啥要问的了), longest first.</summary>
    private static readonly string[] NothingMore =
        [.. from no in new[] { "没", "没有", "没得" }
            from other in new[] { "别的", "其他", "其它", "其他的", "其它的", "啥", "什么", "别", "啥别的", "什么别的", "旁的" }
            from matter in new[] { "问题", "事", "事儿", "事情", "要问的", "想问的", "要说的", "需要" }
            orderby no.Length + other.Length + matter.Length descending
            select no + other + matter];

    /// <summary>
    /// "回头有事再找你们", "有问题再来问", "改天再聊": coming back when there is something, which says there is nothing now.
    /// </summary>
    private static readonly string[] ComeBackLater =
    [
        .. from when in new[] { "有事", "有事儿", "有问题", "有需要", "回头", "改天", "下次", "以后" }
           from again in new[] { "再找", "再问", "再来问", "再来找", "再聊", "再联系" }
           select when + again,
    ];

    private static readonly string[] PutDown =
    [
        "不聊了", "不说了", "不问了", "先聊到这", "就聊到这", "聊到这", "先到这儿", "先到这里", "今天先这样", "今天就到这", "就先这样", "就这样吧", "那就这样",
        "可以挂了", "挂了哈", "先挂了", "可以结束", "结束吧", "没问题了", "问完了", "先结束", "就结束", "这边结束", "结束对话", "结束聊天",
        "你忙吧", "你先忙", "您忙吧", "您先忙", "你们忙", "您忙", "你忙你的", "不打扰了", "不打扰你了", "不打扰您了",
        "that s all", "thats all", "that s it", "nothing else", "no more questions", "no other questions", "no further questions", "we re done", "were done", "i m good now", "im good now",
        "all good now", "that answers it", "that answers my question", "got what i needed", "you can end", "you can close", "can end it", "end it here", "that s everything", "thats everything",
        "nah im good", "nah i m good", "i m all good", "im all good", "im good bye", "i m good bye", "im good thanks", "i m good thanks",
        .. ComeBackLater,
    ];

    /// <summary>True when a short message, asking nothing, ends the talk.</summary>
    /// <remarks>没啥事了 holds a question word: the ending's own words are taken out before asking whether anything is asked.</remarks>
    public static bool Ends(string raw, string normalized)
    {
        if (normalized.Length > (normalized.Any(TextNormalizer.IsHan) ? Longest : Longest * 2)
            || !(Phrases.Contains(normalized, NothingMore) || Phrases.Contains(normalized, PutDown) || ForNowAndClosed(normalized)))
        {
            return false;
        }

        var rest = WordsTaken.Rest(normalized, NothingMore).Trim();
        return !ActionPhrases.IsQuestion(raw, rest) && !NothingToDo(normalized);
    }

    /// <summary>
    /// "那先这样哈 再见", "好了 我知道了 先这样": put down for now beside a goodbye or an acknowledgement ends the talk.
    /// 先这样吧 alone stays a cancel: inside a form it stops the form.
    /// </summary>
    private static bool ForNowAndClosed(string normalized) => Phrases.Contains(normalized, ForNow) && Phrases.Contains(normalized, Closings);

    private static readonly string[] ForNow = ["先这样", "就这样", "那这样"];
    private static readonly string[] Closings = ["再见", "拜拜", "回见", "bye", "知道了", "明白了", "懂了", "好的", "好了", "好嘞", "行", "ok", "收到"];

    /// <summary>"没啥事干", "没事可做": nothing to do is boredom told, not a talk ended.</summary>
    private static bool NothingToDo(string normalized) =>
        Phrases.Find(normalized, NothingMore) is { } said
        && normalized.AsSpan(Phrases.IndexOf(normalized, said) + said.Length).TrimStart() is [var next, ..]
        && Doing.Contains(next);

    private const string Doing = "干做可玩";
}
