namespace EngageBot.Features.Knowledge;

/// <summary>
/// Notices on or off, read as a verb class beside a notice word rather than as fixed phrases: a stop verb near a
/// notice (取消推送, 通知太多了关掉吧, turn off alerts), "stop sending" said as a negated send (别再提醒我了, 不用给我发
/// 通知了, stop texting me), a receive verb near a notice (开通活动提醒, 我想收活动通知, send me updates), or "tell me
/// when there is something" (有新活动告诉我一声, keep me posted). How it is asked (a question, a negation) is read
/// by <see cref="ActionPhrases"/> like every action; "how do notices work" names no verb and stays a question.
/// </summary>
public static class NoticePhrases
{
    private static readonly string[] Notices = ["通知", "推送", "提醒", "消息", "短信", "群发", "活动信息"];
    private static readonly string[] StopVerbs = ["取消", "退订", "退掉", "关掉", "关闭", "关了", "关上", "关吧", "关一下", "给关", "停止", "停掉", "停了", "停吧", "停发", "屏蔽", "免打扰", "去掉", "拿掉", "移除", "删掉", "删了", "删除", "撤掉", "静音", "不要了", "不收了", "不想收", "用不上", "用不着"];

    /// <summary>A send the member tells the bot not to do: 别/不要/不用 + (再/老/总) + (给我) + 发/推/通知/提醒.</summary>
    private static readonly string[] NoSend = ["别", "不要", "不用", "不必", "甭", "不想", "不再"];
    private static readonly string[] Fillers = ["再", "老", "总", "又", "天天", "每天", "给我", "跟我", "帮我", "往我这"];
    private static readonly string[] Sends = ["发", "推", "通知", "提醒", "打扰", "骚扰"];

    private static readonly string[] ReceiveVerbs = ["订阅", "开通", "开启", "打开", "恢复", "接收", "想收", "要收", "收一下", "加到", "开一下"];

    /// <summary>"收不到通知" is a complaint about delivery, not a wish to subscribe: left to the knowledge base.</summary>
    private static readonly string[] NotReceived = ["收不到", "接收不到", "收不了", "没收到", "没有收到", "不想错过", "怕错过", "miss"];
    private static readonly string[] ToMe = ["告诉我", "通知我", "提醒我", "喊我", "叫我", "叫上我", "发给我", "推给我", "推送给我", "发我", "给我推", "给我发", "知会我", "说一声", "吱一声"];
    private static readonly string[] Later = ["以后", "到时候", "记得", "第一时间", "一有", "只要有", "随时", "的话", "的时候", "有新", "有活动"];

    private static readonly string[] EnglishNotices = ["notification", "notice", "alert", "reminder", "message", "update", "text", "email", "newsletter", "mailing list", "notice list", "spam", "msg", "push"];
    private static readonly string[] EnglishStops = ["stop", "turn off", "switch off", "mute", "disable", "silence", "no more", "opt out", "opt me out", "unsubscribe", "take me off", "remove me from", "don t want", "dont want", "do not want", "don t send", "dont send", "do not send"];
    private static readonly string[] EnglishSendsToMe = ["messaging me", "texting me", "sending me", "notifying me", "pinging me", "emailing me", "spamming me", "bothering me", "sending stuff", "sending these"];
    private static readonly string[] EnglishReceives = ["keep me updated", "keep me posted", "keep me informed", "keep me in the loop", "send me", "ping me", "message me when", "text me when", "notify me", "let me know when", "add me to", "turn on", "switch on", "i want to get", "i want to receive", "i d like to get", "i d like to receive", "sign me up for notice", "sign me up for notification", "sign me up for alert", "sign me up for update"];

    /// <summary>True when the message asks for notices to stop (an order, a question or a negation: the caller reads which).</summary>
    public static bool Stops(string normalized) =>
        NearWords.Near(normalized, StopVerbs, Notices, 6) || NearWords.Near(normalized, Notices, StopVerbs, 6) || NegatedSend(normalized)
        || (Phrases.Contains(normalized, EnglishStops) && !Phrases.Contains(normalized, NotReceived) && (Phrases.Contains(normalized, EnglishNotices) || Phrases.Contains(normalized, ["opt out", "opt me out", "unsubscribe"])))
        || Phrases.Contains(normalized, EnglishSendsToMe) && Phrases.Contains(normalized, ["stop", "don t", "dont", "do not", "no more", "quit"]);

    /// <summary>The stop verbs, for <see cref="ActionContext.Negated"/> ("别取消通知", "don't stop my notifications").</summary>
    public static string[] StopWords { get; } = [.. StopVerbs, "stop", "turn off", "switch off", "mute", "disable", "unsubscribe", "opt out"];

    /// <summary>True when the message asks for notices (subscribe), with <paramref name="conditional"/> set for "tell me when…".</summary>
    public static bool Starts(string normalized, out bool conditional)
    {
        conditional = Phrases.Contains(normalized, ToMe) && Phrases.Contains(normalized, Later);
        if (Phrases.Contains(normalized, NotReceived))
        {
            return false;
        }

        return conditional
            || NearWords.Near(normalized, ReceiveVerbs, Notices, 3) || NearWords.Near(normalized, ["给我推送", "推送给我", "发给我", "推给我", "给我发"], Notices, 6)
            || Phrases.Contains(normalized, EnglishReceives) && (Phrases.Contains(normalized, EnglishNotices) || Phrases.Contains(normalized, ["keep me", "ping me", "notify me", "let me know when", "tell me when", "new", "events", "activities"]));
    }

    /// <summary>"别再提醒我了", "不用给我发通知了": a negator, fillers, then a send verb that is about the member or a notice.</summary>
    private static bool NegatedSend(string text)
    {
        foreach (var no in NoSend)
        {
            for (var at = text.IndexOf(no, StringComparison.Ordinal); at >= 0; at = text.IndexOf(no, at + 1, StringComparison.Ordinal))
            {
                var rest = Skip(text.AsSpan(at + no.Length));
                foreach (var send in Sends)
                {
                    if (rest.StartsWith(send, StringComparison.Ordinal))
                    {
                        var after = rest[send.Length..].TrimStart();
                        var next = after[..Math.Min(after.Length, 4)].ToString();
                        if (after.IsEmpty || after[0] is '了' or '我' or '啦' or '吧' or '给' || Phrases.Contains(next, Notices) || next.Contains("活动", StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Skip(ReadOnlySpan<char> rest)
    {
        for (var skipped = true; skipped;)
        {
            skipped = false;
            foreach (var filler in Fillers)
            {
                if (rest.StartsWith(filler, StringComparison.Ordinal))
                {
                    rest = rest[filler.Length..];
                    skipped = true;
                }
            }
        }

        return rest;
    }
}
