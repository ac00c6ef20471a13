namespace EngageBot.Features.Knowledge;

/// <summary>
/// Wanting a person, or no longer wanting one, in any wording: a person word (人工, 真人, 工作人员, 客服, agent,
/// human…) reached for by a verb (找, 转, 叫, 联系, 跟…说, talk to, connect me…), or given up (不用人工了, 人工可以
/// 结束了, I'm done with the agent), or the way back to the bot (回到小助手, back to the bot). Word classes are
/// written from how members ask for a person, not from evaluation lines; the phrase lists in
/// <see cref="IntentRules"/> stay as the short, sure cases.
/// </summary>
public static class HandoffPhrases
{
    /// <summary>Words that name a person on the union's side and nothing else: enough on their own.</summary>
    private static readonly string[] SurePeople = ["人工", "真人", "活人"];

    /// <summary>People who could answer, named with a verb that reaches for them ("找客服", "叫个工作人员来").</summary>
    private static readonly string[] People = ["人工", "真人", "活人", "客服", "工作人员", "工会的人", "工会的老师", "工会老师", "负责人", "负责的人", "管事的", "值班的", "值班老师", "专人", "懂的人", "懂行的人", "明白人", "工会干部", "human", "agent"];

    private static readonly string[] Reach = ["转", "找", "要", "接", "叫", "联系", "换", "来个", "让", "跟", "和", "有没有", "给我"];
    private static readonly string[] Summon = ["联系我", "回复我", "回我", "来", "跟我说", "和我说", "跟我聊", "和我聊", "打给我", "在吗", "在么", "在不在", "在线", "回复", "看一下", "看看我"];
    private static readonly string[] Stop = ["不用", "不需要", "不要", "不找", "用不着", "不必", "无需", "不想找"];
    private static readonly string[] End = ["结束", "退出", "关闭", "聊完", "说完", "谈完", "问完", "挂了", "挂掉", "收尾"];
    private static readonly string[] Back = ["回到", "返回", "切回", "换回", "转回", "切换回", "切换到", "切到"];
    private static readonly string[] BotNames = ["机器人", "小助手", "助手", "自动", "智能", "原来的"];

    /// <summary>
    /// The person let go of ("不麻烦工作人员了", "不打扰客服了", "不耽误老师时间了"): members call the union's staff 老师, which
    /// counts here only, since 找老师 may be a course's teacher.
    /// </summary>
    private static readonly string[] LetGo = ["不麻烦", "不打扰", "不耽误", "不占用"];
    private static readonly string[] LetGoPeople = [.. People, "老师"];

    /// <summary>Given up after the person is named ("人工不用了", "工作人员就不麻烦了").</summary>
    private static readonly string[] StopAfter = ["不用了", "不需要了", "不要了", "不找了", "就不用", "不麻烦", "可以走了"];

    /// <summary>
    /// The person has sorted it ("人工那边已经帮我解决了", "客服回我了", "人工可以撤了"): told, never asked (a question word keeps
    /// it a question), it ends the talk with them.
    /// </summary>
    private static readonly string[] Settled = ["解决了", "搞定了", "办好了", "处理好了", "回我了", "回复我了", "答复我了", "说清楚了", "讲清楚了", "可以撤了", "撤了吧"];
    private static readonly string[] EnglishSettled = ["all set", "sorted", "answered me", "helped me", "resolved", "took care of it"];
    private static readonly string[] StillAsking = ["吗", "么", "没解决", "还没", "没有", "怎么", "咋", "not", "didn t", "hasn t", "still"];

    /// <summary>A talk with someone, ended ("结束对话", "结束这次咨询"): only right after an end verb, so 咨询什么时候结束 is a question.</summary>
    private static readonly string[] Talks = ["对话", "会话", "咨询", "聊天", "沟通", "通话", "人工服务"];

    /// <summary>The bot asked back in ("还是让机器人来吧", "用回小助手", "跟机器人说就行").</summary>
    private static readonly string[] BotAgain = ["还是", "用回", "换成", "让"];
    private static readonly string[] BotWillDo = ["来吧", "来就行", "来就好", "就行", "就好", "回答吧", "答就行"];

    /// <summary>"人工智能", "人工费", "别人": words holding 人 or 人工 that name no one to talk to; blanked before reading.</summary>
    private static readonly string[] NotPeople = ["人工智能", "人工费", "人工成本", "人工资", "人工作", "人工钱", "人工龄", "人工时", "私人", "家人", "老人", "别人", "有人说"];

    /// <summary>A bare 人 after one of these ("找个人", "和人聊", "让人跟我说").</summary>
    private const string BareReach = "找叫要换跟和让来";
    private static readonly string[] BareTalk = ["说", "聊", "谈", "问", "沟通", "处理", "来"];

    private static readonly string[] EnglishPeople = ["human", "real person", "a person", "person", "agent", "operator", "representative", "rep", "staff", "staff member", "someone", "somebody", "anyone", "anybody", "customer service", "live chat", "support team"];
    private static readonly string[] EnglishReach = ["talk to", "talk with", "speak to", "speak with", "chat with", "chat to", "connect me", "transfer me", "put me through", "get me", "hand me", "pass me", "i need", "i want", "i d like", "can i have", "is there", "let me talk", "let me speak"];
    /// <summary>Someone asked to come back to the member ("can someone from the union get back to me", "staff please reply to me").</summary>
    private static readonly string[] EnglishSummon = ["get back to me", "reply to me", "respond to me", "answer me", "call me back", "contact me", "message me back"];
    private static readonly string[] EnglishStop = ["done with", "finished with", "no longer need", "don t need", "dont need", "do not need", "not need", "end the", "end my", "end this", "end chat", "end human", "stop talking to", "no more"];
    private static readonly string[] EnglishBack = ["back to", "return to", "switch back", "go back", "switch to"];
    private static readonly string[] EnglishBots = ["bot", "assistant", "automated", "robot", "ai", "chatbot"];
    private static readonly string[] EnglishEnd = ["end", "close", "finish", "wrap up"];
    private static readonly string[] EnglishTalks = ["chat", "conversation", "session", "talk"];

    /// <summary><see cref="Intent.EndHandoff"/>, <see cref="Intent.Handoff"/> or null.</summary>
    public static Intent? Read(string normalized)
    {
        var text = normalized;
        foreach (var word in NotPeople)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                text = text.Replace(word, new string(' ', word.Length), StringComparison.Ordinal); // blanks built only when needed
            }
        }

        if (Ends(text))
        {
            return Intent.EndHandoff;
        }

        return Wants(text) ? Intent.Handoff : null;
    }

    private static bool Ends(string text) =>
        NearWords.Near(text, Stop, People, 3) || Phrases.Contains(text, ["不找人", "不用找人", "不需要找人", "不用再找人", "不用人了", "不需要人了"])
        || ((NearWords.Near(text, People, Settled, 8) || NearWords.Near(text, EnglishPeople, EnglishSettled, 16)) && !Phrases.Contains(text, StillAsking))
        || NearWords.Near(text, LetGo, LetGoPeople, 3)
        || NearWords.Near(text, People, End, 5) || NearWords.Near(text, End, SurePeople, 2) || NearWords.Near(text, Back, BotNames, 4)
        || NearWords.Near(text, End, ["客服", "human", "agent"], 3) || NearWords.Near(text, People, StopAfter, 3) || NearWords.Near(text, End, Talks, 2)
        || NearWords.Near(text, BotAgain, BotNames, 2) && NearWords.Near(text, BotNames, BotWillDo, 3)
        || NearWords.Near(text, EnglishStop, EnglishPeople, 16) || NearWords.Near(text, EnglishBack, EnglishBots, 10) || NearWords.Near(text, EnglishEnd, EnglishTalks, 10);

    /// <summary>"联系工作人员的电话是多少": asking for a contact detail is a question the knowledge base answers.</summary>
    private static readonly string[] ContactDetails = ["电话", "号码", "地址", "几点", "在哪", "phone", "number", "address", "email"];

    private static bool Wants(string text) =>
        Phrases.Contains(text, SurePeople) || Reached(text) || EnglishPeople.Any(p => text == p || Politely(text, p));

    /// <summary>A person reached for by a verb ("找客服", "叫个工作人员来", "talk to a human"), not only named.</summary>
    private static bool Reached(string text) =>
        (!Phrases.Contains(text, ContactDetails) && NearWords.Near(text, Reach, People, 3)) || NearWords.Near(text, People, Summon, 3)
        || NearWords.Near(text, EnglishReach, EnglishPeople, 12) || NearWords.Near(text, EnglishPeople, EnglishSummon, 24);

    private static readonly string[] AnyPeople = [.. People, .. EnglishPeople];

    /// <summary>
    /// "人工这边 ok 了 可以结束", "got what I needed from the agent, that's all": the person named, not reached for, and the
    /// talk ended (<see cref="TalkEnds"/>) is the talk with them ended. "不聊了 转人工" reaches for one and stays a hand-off.
    /// </summary>
    public static bool EndedWith(string raw, string normalized) =>
        Phrases.Contains(normalized, AnyPeople) && !Reached(normalized) && !BarePerson(normalized) && TalkEnds.Ends(raw, normalized);

    /// <summary>"<paramref name="person"/> please", "please <paramref name="person"/>" or "<paramref name="person"/> pls", compared without building them.</summary>
    private static bool Politely(string text, string person) =>
        (text.StartsWith(person, StringComparison.Ordinal) && text.AsSpan(person.Length) is " please" or " pls")
        || (text.EndsWith(person, StringComparison.Ordinal) && text.AsSpan(0, text.Length - person.Length) is "please ");

    /// <summary>
    /// True when the message reaches for a bare 人 ("找个人跟我说", "我要找人"): asked only when the knowledge base has
    /// no clear answer, since "想找个人聊聊" may be a counselling question.
    /// </summary>
    public static bool WantsSomeone(string normalized) => BarePerson(normalized);

    /// <summary>
    /// A bare 人 reached for ("找个人跟我说", "能和人聊吗", "我要找人"): a reaching verb just before, and after it the end of
    /// the clause, a particle or a talking verb, so 跟人打架 or 和人社局 is not a request for a person.
    /// </summary>
    private static bool BarePerson(string text)
    {
        for (var at = text.IndexOf('人', StringComparison.Ordinal); at > 0; at = text.IndexOf('人', at + 1))
        {
            var verb = text[at - 1] == '个' && at > 1 ? text[at - 2] : text[at - 1];
            if (!BareReach.Contains(verb, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text[(at + 1)..];
            if (rest.Length == 0 || rest[0] is ' ' or '了' or '吧' or '啊' or '呀' or '吗' || BareTalk.Any(t => Phrases.IndexOf(rest, t) is >= 0 and <= 3))
            {
                return true;
            }
        }

        return false;
    }
}
