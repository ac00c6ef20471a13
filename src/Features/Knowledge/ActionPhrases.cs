namespace EngageBot.Features.Knowledge;

/// <summary>
/// The one place that reads actions out of a message (sign up, cancel, my sign-ups, check in, notices) and how
/// they are asked for: commands run, inferred requests are confirmed first, questions are answered and
/// negations ("不想报了", "别给我报", "don't cancel") never run. The rule layer and the sign-up route both use it.
/// </summary>
public static class ActionPhrases
{
    private static readonly string[] NotSignUp = ["不想报", "不报了", "不报名", "不要报", "别报", "别给我报", "不要给我报", "不用报", "不用给我报", "别帮我报", "不用帮我报", "不想参加", "不要参加", "没想报", "没打算报", "不打算报", "don t sign me up", "do not sign me up", "don t register me", "do not register me", "don t want to sign up", "do not want to sign up", "don t want to register", "not sign me up", "don t book", "do not book"];
    private static readonly string[] NotCancel = ["不取消", "别取消", "不要取消", "不用取消", "先不取消", "不想取消", "don t cancel", "do not cancel", "don t want to cancel", "not cancel"];
    private static readonly string[] NotUnsubscribe = ["不退订", "别退订", "不要退订", "不想退订", "don t unsubscribe", "do not unsubscribe"];
    private static readonly string[] NotSubscribe = ["不订阅", "别订阅", "不要订阅", "不想订阅", "don t subscribe", "do not subscribe"];
    private static readonly string[] Unsubscribe = ["退订", "取消订阅", "不要再发", "别再发", "别发了", "别再推", "不要再推", "别给我推", "别再给我推", "不要再给我推", "别推送", "不想再收", "不再推送", "不想收", "不再接收", "关闭通知", "关掉通知", "屏蔽通知", "不要通知", "取关", "取消关注", "免打扰", "unsubscribe", "unsub", "stop notification", "stop notice", "stop sending", "opt out", "no more notice", "no more message"];
    private static readonly string[] Subscribe = ["订阅", "接收通知", "开通知", "打开通知", "开启通知", "通知我", "提醒我", "subscribe", "notify me", "turn on notification", "send me notice", "send me notification"];

    /// <summary>
    /// A change of plan said the way people say it: not able to go in English (won't be able to make it, unable to
    /// attend, not able to come), and one's place given up (名额我不要了, 名额让给别人, 位置让出来). Going, joining or
    /// doing are left out: "can't join the union" and "can't do the form" are no sign-up called off.
    /// </summary>
    private static readonly string[] GivingUp =
    [
        .. from cannot in new[] { "wont be able to", "won t be able to", "will not be able to", "not be able to", "not able to", "unable to", "no longer able to" }
           from go in new[] { "go", "make it", "attend", "come" }
           select cannot + " " + go,
        "名额不要", "名额我不要", "名额我就不要", "名额让给", "名额让出", "名额给别人", "名额留给别", "名额放出", "名额释放", "位置让给", "位置让出", "让给别人", "让给别的", "让出来吧",
    ];

    private static readonly string[] Cancel = ["划掉", "名字去掉", "把我去掉", "把我删了", "撤下来", "remove me", "take me off", "取消报名", "取消我的报名", "退报", "退出报名", "撤销报名", "撤回报名", "取消参加", "不去了", "去不了", "不参加了", "来不了", "参加不了", "去不成", "退掉", "没法去", "没法参加", "去不成了", "cancel my sign", "cancel my signup", "cancel sign", "cancel signup", "cancel my registration", "cancel registration", "cancel my booking", "cancel my place", "cancel my spot", "withdraw", "can t make it", "cant make it", "cannot make it", "won t make it", "cannot attend", "can t attend", "can t go", "cannot go", "unregister", "drop out", "count me out", "not coming", "can t come", "cant come", "cannot come", "won t be coming", "wont be coming", "remove my name", "take my name off", .. GivingUp];

    /// <summary>
    /// Not going any more, in the chat endings of 了 (不去啦, 不参加咯, 不想去了, 明天不来喽): one holds a place and gives it
    /// up. Read before "不想参加" as a refusal; while the bot's own sign-up question is open the prompt reads it as a "no" first.
    /// </summary>
    private static readonly string[] NotGoing =
        [.. from stem in new[] { "不去", "不参加", "不来", "不想去", "不想参加", "不过去", "去不成", "参加不成" }
            from end in new[] { "了", "啦", "咯", "喽", "了吧", "啦吧" }
            select stem + end];

    /// <summary>Asked not to be signed up, whatever else the message says ("不想参加了，别给我报"): never a cancel.</summary>
    private static readonly string[] DoNotSignMeUp = ["别给我报", "不要给我报", "不用给我报", "别帮我报", "不用帮我报", "别报", "don t sign me up", "do not sign me up"];

    /// <summary>
    /// "报名的那个活动帮我退了", "我报的课给我退了吧": 退 with the sign-up named is taking it back; with money named
    /// (报名费退了没) it is a refund, not a sign-up called off. Held back (别给我退) by <see cref="HoldBack"/>: a close 不
    /// before it is the reason told (去不了 给我退了), not a negation.
    /// </summary>
    private static readonly string[] TakeBack = ["退了", "给我退", "帮我退", "退一下"];
    private static readonly string[] Money = ["费", "钱", "款", "refund"];

    /// <summary>True when a sign-up is named as such (报名, 报的, sign-up, registration); "booking" alone may be a hotel's.</summary>
    public static bool NamesSignUp(string normalized) => Phrases.Find(normalized, SignUpNames) is { } name && name != "booking";

    /// <summary>
    /// The sign-up named is <paramref name="subject"/>'s own, so calling it off is no union sign-up called off: the subject
    /// right before the name in one clause with no cancel verb between (取消我的教资考试报名, 把驾校的报名取消了, civil service
    /// exam registration), or in English after it, joined by for, at, of or with (cancel my registration for the bar exam).
    /// A subject told as the reason stands apart (下雨了 取消周六的报名, cancel my registration the weather is awful).
    /// </summary>
    public static bool NamesSignUpOf(string normalized, string subject)
    {
        var at = Phrases.IndexOf(normalized, subject);
        if (at < 0)
        {
            return false;
        }

        var end = at + subject.Length;
        foreach (var name in SignUpNames)
        {
            for (var found = Phrases.IndexOf(normalized, name); found >= 0; found = Phrases.IndexOf(normalized, name, found + 1))
            {
                if (found >= end && found - end <= OwnNameReach && normalized[end..found] is var between
                    && (!TextNormalizer.IsHan(subject[0]) || !between.Contains(' ', StringComparison.Ordinal)) && !Phrases.Contains(between, CancelWords))
                {
                    return true; // 教资考试的报名, exam registration
                }

                if (!TextNormalizer.IsHan(name[0]) && found + name.Length < at && at - found - name.Length <= LatinOwnReach
                    && normalized[(found + name.Length)..at].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var joiner, ..] && Joiners.Contains(joiner))
                {
                    return true; // registration for the civil service exam
                }
            }
        }

        return false;
    }

    /// <summary>How far apart a subject and the sign-up it names may stand: 教资考试的报名 (4), 驾校那边的报名.</summary>
    private const int OwnNameReach = 6;

    /// <summary>How far after an English sign-up name its owner may follow: "registration for the civil service exam".</summary>
    private const int LatinOwnReach = 16;

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "for", "at", "of", "with" };

    private static bool TakesBack(string normalized) =>
        Phrases.Contains(normalized, TakeBack) && Phrases.Contains(normalized, SignUpNames) && !Phrases.Contains(normalized, Money);

    private static readonly string[] HoldBack = ["别退", "不想退", "别给我退", "别帮我退", "不要退", "不要给我退", "不要帮我退", "不用退", "不用给我退", "不用帮我退"];
    private static readonly string[] CancelWords = ["取消", "撤销", "撤了", "撤掉", "cancel"];
    private static readonly string[] CancelVerbs = [.. CancelWords, .. NotGoing];

    /// <summary>
    /// Verbs that stop something: before a sign-up's name ("stop the sign-up", "quit registering") they call it off,
    /// never sign up. Chinese members say 不报了/退出报名 (listed above); 停止报名 is how organisers close registration.
    /// </summary>
    private static readonly string[] StopVerbs = ["stop", "quit", "abort", "halt", "scrap"];

    /// <summary>
    /// 退出 with 报名 a few characters after it ("退出瑜伽的报名"): leaving the sign-up, never joining it, though 报名
    /// alone would read as a sign-up. Further off, 退出 is of something else (退出群, 退出工会).
    /// </summary>
    private const string Withdraw = "退出";
    private const int WithdrawReach = 10;
    private static readonly string[] Withdrawals = [.. StopVerbs, Withdraw];

    /// <summary>What a sign-up is called: a cancel verb with one of these is about the sign-up even when a notice is named too ("取消报名，提醒也别发了").</summary>
    private static readonly string[] SignUpNames = ["报名", "报的", "报了", "sign up", "signup", "registration", "booking"];
    // 报错了/报重了: signed up by mistake or twice, so a cancel beside it is of that sign-up ("报错了 取消一下")
    /// <summary>
    /// 把我(的)… puts the member's own thing before the verb, as "my" does in English: 把我周六的摄影活动取消了 calls off the
    /// member's place. Notices (把我的提醒取消了) are read as switching them off, above.
    /// </summary>
    private static readonly string[] MineFirst = ["把我"];

    private static readonly string[] SignedUpObjects = ["报名", "报的", "报了", "报错", "报重", "sign", "signup", "registration", "booking", "my "];
    private static readonly string[] MySignUps = ["我报的", "我报了", "我都报了", "我的报名", "报名记录", "报了哪", "报了什么", "报了啥", "报名情况", "报名了哪", "报名了什么", "查下报名", "查看报名", "查一下报名", "我报名的活动", "报过哪", "已报名的", "我的活动", "我的 sign up", "my sign up", "my signup", "my registration", "my booking", "my events", "what did i sign up", "what am i signed up", "what have i signed up", "what i signed up", "what am i registered", "what did i register", "registered for", "which activities did i", "show my sign", "show my signup", "what am i booked"];
    private static readonly string[] SignUp = ["报名", "报个名", "报一个", "帮我报", "给我报", "替我报", "算我一个", "算上我", "加上我", "带我一个", "占个位", "报上", "sign me up", "sign up", "signup", "register me", "register for", "i want to register", "book a place", "book me", "enrol me", "enroll me", "count me in", "put me down", "reserve a spot", "save me a spot"];
    /// <summary>What a sign-up verb names when it joins the union or enrols the staff in a scheme, not an activity.</summary>
    private static readonly string[] Membership = ["入会", "入工会", "加入工会", "成为会员", "as a member", "as a union member", "union membership", "our staff", "our employees", "our workers", "my staff"];
    private static readonly string[] Join = ["参加", "我要去", "我想去", "我也去", "加入", "join", "attend", "take part", "participate"];
    private static readonly string[] CheckIn = ["签到", "签个到", "签下到", "签一下到", "check in", "checkin", "check me in"];
    private static readonly string[] GroupWords = ["群", "the group", "this group", "group chat", "wechat group"];
    private static readonly string[] QuestionWords = ["吗", "么", "怎", "如何", "啥", "哪", "几", "多少", "多久", "多长", "何时", "能不能", "可不可以", "可以不", "能否", "是否", "有没有", "呢", "咋", "要不要", "需不需要", "会不会", "行不行", "是不是", "截止", "流程", "规则", "报名时间", "报名费", "报名条件", "报名要求", "报名方式", "报名入口", "报名地点", "报名日期", "报名材料", "想知道", "想问", "请问", "了解", "关于", "问一下", "问下", "咨询一下", "不知道", "搞不懂", "为啥", "为什么", "谁", "对吧", "是吧", "对不对", "why", "how come", "wondering", "curious", "want to know", "is it possible", "tell me how",
        "how do i", "how can i", "how to", "how does", "how would", "how should", "what happens", "what would happen", "is there a way", "any way to", "tell me about", "possible", "do i need to", "do i have to", "whether", "not sure"];
    private static readonly string[] EnglishQuestionStarts = ["how", "what", "when", "where", "which", "who", "why", "wheres", "whats", "hows", "whos", "whens", "whys", "can", "could", "is", "are", "do", "does", "did", "will", "would", "should", "may", "am", "any"];
    private static readonly string[] RequestWords = ["帮我", "替我", "麻烦", "can you", "could you", "would you", "will you", "can u", "please"];
    /// <summary>
    /// Asking to be told, not to be done for: "麻烦问下报名要带啥", "帮我朋友问一下能不能参加", "could you tell me how to
    /// cancel" put a request word before a question. Such a request asks for an answer, never for the action.
    /// </summary>
    private static readonly string[] TellVerbs = ["问一下", "问下", "问问", "请问", "打听", "咨询", "告诉我", "说一下", "说说", "讲一下", "讲讲", "介绍一下", "解释一下", "tell me", "explain", "show me how", "let me know how", "let me know whether", "let me know if"];

    /// <summary>How far after a request word its verb may stand: "帮我朋友问一下", "could you please tell me".</summary>
    private const int HanTellReach = 4;
    private const int LatinTellReach = 12;
    private static readonly string[] PoliteAsks = ["能不能", "可不可以", "可以", "能否", "let me know"];
    private static readonly string[] Hypothetical = ["如果", "要是", "万一", "假如", "怕", "舍不得", "犹豫", "纠结", "只是问问", "问问", "考虑", "的话", "if ", "what if", "just asking", "wondering", "in case", "suppose", "thinking about", "thinking of", "considering"];
    private static readonly string[] Resubscribe = ["重新接收", "重新订阅", "恢复通知", "重新开", "再收通知", "想接收", "resubscribe", "turn notifications back on"];
    private static readonly string[] NoticeWords = ["通知", "推送", "提醒", "消息", "新活动", "new stuff", "new activities", "new events", "notification", "notice", "alert", "message"];
    private static readonly string[] SwitchOff = ["关了", "关掉", "关闭", "别推", "不要推", "turn off", "switch off", "mute", "stop"];
    private static readonly string[] SwitchOn = ["订上", "订一下", "推送给我", "记得喊我", "告诉我", "开启", "打开", "let me know", "turn on", "keep me posted"];
    private static readonly string[] CodeWords = ["签到", "码", "check in", "checkin", "check me in", "code", "到现场", "到门口", "到了", "arrived", "i m here"];

    /// <summary>The actions' Chinese phrases, so a typing slip in one (抱名, 签道, 推订) is forgiven like a knowledge-base term.</summary>
    public static IEnumerable<string> Vocabulary =>
        NotSignUp.Concat(NotCancel).Concat(NotUnsubscribe).Concat(NotSubscribe).Concat(Unsubscribe).Concat(Subscribe)
            .Concat(Cancel).Concat(MySignUps).Concat(SignUp).Concat(CheckIn).Concat(Resubscribe);

    /// <summary>The action <paramref name="raw"/> names and how, or null when it names none.</summary>
    public static ActionReading? Read(string raw, string normalized) => HeldBack(Reading(raw, normalized), normalized);

    /// <summary>
    /// "…想先了解一下，先别帮我退": a withdrawal held back anywhere in the message makes whatever else it names no order
    /// and no request to confirm: the member is asking, not telling.
    /// </summary>
    private static ActionReading? HeldBack(ActionReading? reading, string normalized) =>
        reading is { Mode: ActionMode.Command or ActionMode.Confirm } named && Phrases.Contains(normalized, HoldBack)
            ? named with { Mode = ActionMode.Negated }
            : reading;

    private static ActionReading? Reading(string raw, string normalized)
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        var question = IsQuestion(raw, normalized) || Phrases.Contains(normalized, Hypothetical);
        var asked = normalized; // 能不能 and 可不可以 still ask politely
        normalized = ActionContext.WithoutChoices(normalized); // 取不取消 asks; its 不 is no negation of the verb
        if (Phrases.Contains(normalized, Resubscribe))
        {
            return new(MemberAction.Subscribe, Mode(question, normalized, Resubscribe));
        }

        if (Phrases.Contains(normalized, NotCancel))
        {
            return new(MemberAction.CancelSignUp, ActionMode.Negated);
        }

        if (Phrases.Contains(normalized, NotUnsubscribe))
        {
            return new(MemberAction.Unsubscribe, ActionMode.Negated);
        }

        var cancelsSignUp = Phrases.Contains(normalized, CancelWords) && Phrases.Contains(normalized, SignUpNames) && !Phrases.Contains(normalized, Unsubscribe);
        if (Phrases.Contains(normalized, Unsubscribe)
            || (!cancelsSignUp && ((Phrases.Contains(normalized, NoticeWords) && Phrases.Contains(normalized, SwitchOff)) || NoticePhrases.Stops(normalized))))
        {
            if (ActionContext.Negated(normalized, Unsubscribe) || ActionContext.Negated(normalized, NoticePhrases.StopWords))
            {
                return new(MemberAction.Unsubscribe, ActionMode.Negated);
            }

            return new(MemberAction.Unsubscribe, Mode(question, normalized, Unsubscribe));
        }

        if (Phrases.Contains(normalized, NotSubscribe))
        {
            return new(MemberAction.Subscribe, ActionMode.Negated);
        }

        if (NoticePhrases.Starts(normalized, out var whenThere) | Phrases.Contains(normalized, Subscribe) || (Phrases.Contains(normalized, NoticeWords) && Phrases.Contains(normalized, SwitchOn)))
        {
            // "有啥新活动记得喊我一声": the question word sits in the condition; only a question mark or 吗 makes it a question
            question = whenThere ? AsksOutright(raw, normalized) : question;
            if (ActionContext.Negated(normalized, Subscribe))
            {
                return new(MemberAction.Subscribe, ActionMode.Negated); // "不用通知我", "don't notify me"
            }

            // "以后有新活动能不能推送给我": a polite request, asked back with a button
            return new(MemberAction.Subscribe, question && PoliteAskBefore(asked, [.. Subscribe, .. SwitchOn]) ? ActionMode.Confirm : Mode(question, normalized, Subscribe));
        }

        if (Phrases.Contains(normalized, NotGoing) && Phrases.Contains(normalized, DoNotSignMeUp))
        {
            return new(MemberAction.SignUp, ActionMode.Negated);
        }

        if (Phrases.Contains(normalized, Cancel) || Phrases.Contains(normalized, NotGoing) || TakesBack(normalized)
            || (Phrases.Contains(normalized, CancelWords) && (Phrases.Contains(normalized, SignedUpObjects) || Phrases.Contains(normalized, RequestWords)
                || (Phrases.Contains(normalized, MineFirst) && !Phrases.Contains(normalized, NoticeWords)))))
        {
            if (Phrases.Contains(normalized, GroupWords) && !Phrases.Contains(normalized, SignUpNames))
            {
                return null; // "remove me from the group": the group is no sign-up, and no chat command leaves a group
            }

            if (ActionContext.Negated(normalized, CancelWords) || ActionContext.Negated(normalized, Cancel) || ActionContext.Negated(normalized, NotGoing))
            {
                return new(MemberAction.CancelSignUp, ActionMode.Negated);
            }

            // "名额让给别人": the other person is who gets the place, not someone whose wish is told
            return new(MemberAction.CancelSignUp, Mode(question, WordsTaken.Rest(normalized, GivingUp), CancelVerbs));
        }

        if (StopsSignUp(normalized))
        {
            // Outside a form the member may mean their booking or only the flow: ask before cancelling anything.
            return new(MemberAction.CancelSignUp, ActionContext.Negated(normalized, Withdrawals) ? ActionMode.Negated : question ? ActionMode.Question : ActionMode.Confirm);
        }

        if (Phrases.Contains(normalized, NotSignUp))
        {
            return new(MemberAction.SignUp, ActionMode.Negated);
        }

        if ((Phrases.Contains(normalized, MySignUps) && !MySignUpPhrases.AsksOfIt(raw, normalized)) || MySignUpPhrases.Asks(normalized))
        {
            return new(MemberAction.MySignUps, ActionMode.Command);
        }

        if (SignUpCodes.CheckInCode(normalized) is not null && Phrases.Contains(normalized, CodeWords))
        {
            // "别签到 123456", "我已经签到 123456 了", "我同事的签到码 123456": a code in a sentence that does not ask to check in now
            return new(MemberAction.CheckIn, ActionContext.Negated(normalized, CodeWords) ? ActionMode.Negated : Mode(question, normalized, CodeWords) == ActionMode.Command ? ActionMode.Command : ActionMode.Question);
        }

        if (Phrases.Contains(normalized, CheckIn))
        {
            // "签到", "我到了 签个到", "check me in": an order without its code; the bot asks for the code and runs nothing until it comes
            return new(MemberAction.CheckIn, CheckInWithoutCode.Asks(normalized) && !ActionContext.Negated(normalized, CheckIn)
                && Mode(question, normalized, CheckIn) == ActionMode.Command ? ActionMode.Command : ActionMode.Question);
        }

        if (Phrases.Contains(normalized, SignUp))
        {
            if (ActionContext.Negated(normalized, SignUp))
            {
                return new(MemberAction.SignUp, ActionMode.Negated);
            }

            // "sign me up as a union member", "报名入会", "sign up our staff": joining the union or enrolling the staff
            // names no activity; only a guess at a sign-up, as 参加 is (the caller answers the topic instead)
            return new(MemberAction.SignUp, Mode(question, normalized, SignUp)) { Weak = Phrases.Contains(normalized, Membership) };
        }

        // "参加/join" alone is only a guess at a sign-up: confirmed first, and only when it names an activity (the caller checks).
        // Told, not asked, after a negator ("别给我参加", "先不参加", "I don't want to join") it is refused; in a question
        // 没 tells what was done ("没参加过，能报吗"), so a question stays a question. Told as done ("上周参加了工会的网球
        // 活动，打完胳膊肘疼…") it is the story's past, asked or not: no sign-up guessed.
        return Phrases.Contains(normalized, Join)
            ? new(MemberAction.SignUp, !question && ActionContext.Negated(normalized, Join) ? ActionMode.Negated
                : ActionContext.Done(normalized, Join) || (question && (!Requests(normalized) || ActionContext.Reported(normalized))) ? ActionMode.Question : ActionMode.Confirm) { Weak = true }
            : null;
    }

    /// <summary>A stop verb before a sign-up's name ("stop the sign-up", "quit my registration").</summary>
    private static bool StopsSignUp(string normalized)
    {
        var name = FirstIndex(normalized, SignUpNames);
        var stop = FirstIndex(normalized, StopVerbs);
        var leave = Phrases.IndexOf(normalized, Withdraw);
        return (stop >= 0 && name > stop) || (leave >= 0 && Phrases.IndexOf(normalized, "报名") is var signUp && signUp > leave && signUp - leave <= WithdrawReach)
            || (leave >= 0 && WithdrawnFrom(normalized, leave));
    }

    /// <summary>What one takes part in, named before 退出 ("象棋比赛那个我退出", "周六的课我退出了"): leaving it, not the union or a group.</summary>
    private static readonly string[] TakenPartIn = ["比赛", "活动", "课", "班", "讲座", "外拍", "联谊", "培训"];

    private static bool WithdrawnFrom(string normalized, int leave)
    {
        var before = normalized[Math.Max(0, leave - WithdrawReach)..leave];
        var after = normalized[(leave + Withdraw.Length)..];
        return Phrases.Contains(before, TakenPartIn) && !Phrases.Contains(after, LeftElsewhere) && !Phrases.Contains(normalized, GroupWords);
    }

    /// <summary>What else one leaves after 退出: the union, a group, an account.</summary>
    private static readonly string[] LeftElsewhere = ["工会", "群", "登录", "账号", "会员", "小程序", "公众号"];

    private static int FirstIndex(string normalized, string[] phrases)
    {
        var first = -1;
        foreach (var phrase in phrases)
        {
            var at = Phrases.IndexOf(normalized, phrase);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }

        return first;
    }

    /// <summary>True when the message asks something rather than tells (a question mark, a question word, an English question opening).</summary>
    public static bool IsQuestion(string raw, string normalized) =>
        raw.Contains('?', StringComparison.Ordinal) || raw.Contains('？', StringComparison.Ordinal)
        || Phrases.Contains(WithoutCounts(normalized), QuestionWords)
        || AskedWithNot(normalized)
        || AskedAsChoice(normalized)
        || EnglishQuestionStarts.Any(w => normalized.Length > w.Length && normalized.StartsWith(w, StringComparison.Ordinal) && normalized[w.Length] == ' ')
        || normalized.EndsWith(" right", StringComparison.Ordinal) || normalized.EndsWith(" correct", StringComparison.Ordinal)
        || normalized.EndsWith(" how", StringComparison.Ordinal); // chat style asks at the end: "wanna join yoga, how"

    /// <summary>"一天好几条", "推了十几条": 几 counting messages, not asking how many (试了好几次 may still be a complaint asked).</summary>
    private static readonly string[] Counts = ["好几条", "十几条", "几十条"];

    private static string WithoutCounts(string normalized)
    {
        foreach (var count in Counts)
        {
            if (normalized.Contains(count, StringComparison.Ordinal))
            {
                normalized = normalized.Replace(count, " ", StringComparison.Ordinal);
            }
        }

        return normalized;
    }

    /// <summary>Asked outright: a question mark or 吗 ("最近有活动吗，有的话告诉我"), or a closing 么/呢.</summary>
    private static bool AsksOutright(string raw, string normalized) =>
        raw.Contains('?', StringComparison.Ordinal) || raw.Contains('？', StringComparison.Ordinal)
        || normalized.Contains('吗', StringComparison.Ordinal) || normalized.TrimEnd().EndsWith('么') || normalized.TrimEnd().EndsWith('呢');

    /// <summary>
    /// A yes/no question closed by 不/没/没有/否 ("能补不", "报上了没", "还能知道不"): the colloquial V-not-V, at the end
    /// of any clause ("群消息太多 能屏蔽不 不想退" asks in its middle clause).
    /// </summary>
    private static bool AskedWithNot(string normalized)
    {
        foreach (var clause in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = clause.TrimEnd('啊', '呀', '呢', '哈', '嘛');
            if (text.Length > 2 && (text.EndsWith('不') || text.EndsWith('没') || text.EndsWith("没有", StringComparison.Ordinal) || text.EndsWith('否'))
                && !text.EndsWith("要不", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What weighs one way against the other before 还是 in a choice asked ("我是该退订还是留着", "到底报还是不报").</summary>
    private static readonly string[] Weighing = ["该", "是", "到底", "究竟"];

    /// <summary>What 还是 offers as the other way: not doing it ("取消还是不取消"), or leaving it be ("退订还是留着", "还是算了").</summary>
    private static readonly string[] OtherWay = ["不", "别", "留着", "算了"];

    /// <summary>
    /// A choice asked without a question word: the verb doubled around 不 or 没 (退不退订, 报不报, 去没去), or A还是B weighed
    /// in one clause ("我是该退订还是留着", "报还是不报"). 还是 that settles ("想了想还是取消吧", "我还是不去了") is told, not asked.
    /// </summary>
    private static bool AskedAsChoice(string normalized)
    {
        foreach (var clause in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ActionContext.WithoutChoices(clause) != clause)
            {
                return true;
            }

            var choice = clause.IndexOf("还是", StringComparison.Ordinal);
            if (choice > 0 && !clause.EndsWith('吧') && !clause.EndsWith('了')
                && (Phrases.Contains(clause[..choice], Weighing) || OtherWay.Any(way => clause.AsSpan(choice + 2).StartsWith(way, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "能不能推送给我" asks for the action; in "审核完会通知我能不能参加吗" the 能不能 comes after the verb and belongs
    /// to what is to be told: a polite word asks for the action only before it.
    /// </summary>
    private static bool PoliteAskBefore(string normalized, string[] verbs)
    {
        var ask = FirstOf(normalized, PoliteAsks);
        var verb = FirstOf(normalized, verbs);
        return ask >= 0 && (verb < 0 || ask < verb);
    }

    private static int FirstOf(string normalized, string[] phrases)
    {
        var first = -1;
        foreach (var phrase in phrases)
        {
            if (Phrases.IndexOf(normalized, phrase) is >= 0 and var at && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>A question that asks the bot to do it ("能帮我报个名吗", "can you sign me up?") is a request to confirm, not a command.</summary>
    /// <remarks>Someone else's wish and a deed already done are answered like questions (<see cref="ActionContext"/>).</remarks>
    private static ActionMode Mode(bool question, string normalized, string[] verbs) =>
        ActionContext.Reported(normalized) || ActionContext.Done(normalized, verbs) || ActionContext.Failed(normalized, verbs) || ActionContext.Topic(normalized, verbs) ? ActionMode.Question
        : !question ? ActionMode.Command
        : Requests(normalized) && !AskedUnderCondition(normalized) ? ActionMode.Confirm
        : ActionMode.Question;

    /// <summary>What sets a condition before a request: 如果/要是/万一/假如…(的话), "if …".</summary>
    private static readonly string[] Conditions = ["如果", "要是", "万一", "假如", "if "];

    /// <summary>
    /// "如果去不了的话能帮我取消吗？", "if I can't come, could you cancel it for me?": a request asked under a condition set
    /// before it asks what could be done then, not for it now: answered, never asked back as an order to confirm.
    /// A condition after the request ("帮我取消吧，如果还来得及") leaves the request standing.
    /// </summary>
    private static bool AskedUnderCondition(string normalized) =>
        FirstOf(normalized, Conditions) is >= 0 and var condition && FirstOf(normalized, RequestWords) > condition;

    /// <summary>A request word that asks the bot to do something ("能帮我报个名吗", "could you sign me up"), not only to tell ("麻烦问下…").</summary>
    private static bool Requests(string normalized)
    {
        foreach (var request in RequestWords)
        {
            var from = 0;
            while (from < normalized.Length && Phrases.IndexOf(normalized[from..], request) is >= 0 and var found)
            {
                var end = from + found + request.Length;
                var reach = TextNormalizer.IsHan(request[0]) ? HanTellReach : LatinTellReach;
                var after = normalized[end..];
                if (!TellVerbs.Any(verb => after.IndexOf(verb, StringComparison.Ordinal) is >= 0 and var gap && gap <= reach))
                {
                    return true;
                }

                from = end;
            }
        }

        return false;
    }
}
