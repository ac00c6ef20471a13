using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Tells plainly out-of-scope questions (weather, stocks, travel, tax…) by their subject, and whom to refer a
/// question the bot cannot answer to: 12351 for work matters, the union office for union matters.
/// </summary>
public static partial class OutOfScopeDetector
{
    private static readonly string[] Subjects =
    [
        "天气", "下雨", "下雪", "气温", "雾霾", "股票", "股市", "炒股", "基金", "彩票", "双色球", "写诗", "作诗", "首诗", "诗歌", "唐诗", "笑话", "唱歌", "歌词",
        "菜谱", "做饭", "怎么做菜", "红烧", "房价", "买房", "比特币", "星座", "运势", "算命", "电影", "电视剧", "综艺", "明星", "游戏", "球赛", "世界杯",
        "机票", "火车票", "高铁票", "酒店", "旅游", "景点", "签证", "护照", "驾照", "违章", "罚单", "快递单号", "查快递", "翻译", "作业", "数学题",
        "减肥", "化妆", "宠物", "养狗", "养猫", "个税", "个人所得税", "退税", "公积金", "落户", "户口", "贷款", "信用卡", "理财", "彩礼", "手机坏",
        "电脑坏", "wifi", "宽带", "国足", "新手机", "换手机", "买手机", "摇号", "车牌", "诈骗", "中奖", "工商银行", "银行客服", "怎么注册", "咋注册",
        "押金", "吸奶器", "感冒", "发烧", "咳嗽", "吃什么药", "挂号", "牙疼", "偏方", "幼儿园", "小学", "中考", "高考", "考研", "四六级", "作文", "补习",
        "水费", "电费", "燃气费", "话费", "流量", "退货", "退款", "网购", "淘宝", "京东", "拼多多", "客服电话", "售后", "租房", "房租", "中介", "物业费",
        "车险", "保养", "加油", "洗车", "身份证", "居住证", "社保卡", "医保卡", "养老金", "退休金", "演唱会", "门票", "球票", "抖音", "直播", "航班",
        "景区", "软件", "下载", "催收", "借钱", "借点钱", "选专业", "报专业", "网贷", "phone bill", "bank", "breast pump", "broadband", "internet bill", "餐厅", "好吃", "外卖推荐", "几点了", "今天几号", "星期几",
        "台风", "刮风", "降温", "带伞", "天气预报", "空气质量", "沙尘", "温度多少", "穿什么衣服", "涨停", "跌停", "大盘", "a股", "牛市", "熊市", "汇率", "美元", "金价", "黄金价格", "存款利率", "利息", "房贷", "车贷", "还款", "征信", "分期", "包饺子", "炒菜", "炖", "蛋糕", "烘焙", "奶茶", "火锅", "食谱", "怎么做好吃", "家常菜", "减肥餐", "语文", "英语作业", "初中", "辅导班", "学区", "择校", "报志愿", "留学", "家长会", "老师布置", "指标", "偏高", "偏低", "怎么治", "手术", "中医", "疫苗", "打针", "失眠药", "安眠药", "12306", "抢票", "电影票", "自驾", "攻略", "民宿", "飞机", "医保报销", "提取公积金", "退休手续", "办退休", "生育津贴", "失业金", "失业保险金", "结婚证", "出生证", "准生证", "护照", "社保缴费基数", "社保查询", "查社保", "物流", "优惠券", "双十一", "打折", "买衣服", "支付宝", "打印机", "蓝牙", "充电宝", "装修", "空调", "冰箱", "洗衣机", "修马桶", "水管", "限行", "尾号", "猫粮", "狗粮", "遛狗", "农历", "放假安排", "调休", "护肤", "发型", "理发", "染发", "抽奖", "刮刮乐", "谁赢了", "比分", "外卖怎么点", "叫车", "打车", "哪里买", "在哪买", "推荐一款", "什么牌子", "哪个牌子", "which brand", "where to buy", "where can i buy", "滴滴打车", "地铁几点", "公交几路", "地图",
        "forecast", "temperature", "umbrella", "exchange rate", "interest rate", "gold price", "nasdaq", "dish", "bake", "cake", "noodles", "dumpling", "math", "essay", "university application", "vaccine", "prescription", "doctor appointment", "ticket", "tickets", "airport", "sightseeing", "itinerary", "shopping", "coupon", "discount code", "online order", "delivery status", "parcel", "wifi password", "phone broken", "laptop", "printer", "bluetooth", "iphone", "android", "wechat pay", "alipay", "plumber", "air conditioner", "fridge", "washing machine", "parking", "cat food", "dog food", "haircut", "makeup", "skincare", "who won", "what time is it", "what day is it", "taxi", "uber", "didi ride", "directions", "subway", "metro",
        "weather", "rain", "snow", "stock", "stocks", "share price", "poem", "poetry", "joke", "lottery", "bitcoin", "crypto", "recipe", "cook",
        "horoscope", "football", "basketball", "nba", "soccer", "movie", "film", "tv show", "video game", "game score", "flight", "train ticket",
        "hotel", "visa", "passport", "driving licence", "driver s license", "parking ticket", "tax return", "income tax", "housing fund", "mortgage",
        "loan", "credit card", "flu", "fever", "cough", "medicine", "dentist", "kindergarten", "exam", "electricity bill", "water bill", "refund",
        "amazon", "tracking number", "rent", "landlord", "car insurance", "id card", "pension", "concert", "password", "download", "app store", "airline", "translate", "homework", "restaurant", "my dog", "my cat", "pets", "song", "lyrics", "tourist", "travel",
    ];

    /// <summary>Subjects by domain from <c>out-of-scope.txt</c>, beside the list above.</summary>
    private static readonly Lazy<string[]> All = new(() => [.. Subjects.Concat(EmbeddedList.Read("Knowledge/out-of-scope.txt")).Distinct(StringComparer.Ordinal)]);

    /// <summary>Every subject phrase: their English words are real words, never another word's slip (<see cref="EnglishSlips"/>).</summary>
    internal static IReadOnlyList<string> SubjectPhrases => All.Value;

    /// <summary>The characters of each of <see cref="All"/>, so a message skips the subjects it cannot hold without searching.</summary>
    private static readonly Lazy<CharMask[]> AllMasks = new(() => [.. All.Value.Select(CharMask.OfPhrase)]);

    /// <summary>After a subject, these make it the member's employer or trade, not the question ("装修公司", "快递站").</summary>
    private static readonly string[] EmployerNouns = ["公司", "厂", "店", "行业", "平台", "工地", "单位", "站", "company", "firm", "shop", "store", "factory"];

    /// <remarks>
    /// An insurance or fund someone "does not give" (不给交社保, 没给上公积金) names the employer without the word: only an
    /// employer pays them for a worker.
    /// </remarks>
    private static readonly string[] WorkWords =
        ["不给交", "不给缴", "没给交", "没给缴", "不给上", "没给上", "不给买", "没给买", "工资", "单位", "公司", "老板", "加班", "合同", "上班", "工作", "同事", "领导", "辞职", "劳动", "员工", "职工", "入职", "工厂", "厂里", "work", "company", "job", "employer", "boss", "salary", "wage", "contract", "overtime", "colleague", "coworker", "co worker", "shift"];

    private static readonly string[] UnionWords = ["工会", "会员", "union", "member"];

    /// <summary>The union itself named: the member asks the union (会员 alone may be a shop's or an app's: B站大会员).</summary>
    internal static readonly string[] UnionNamed = ["工会", "union"];

    /// <summary>True when the message is about a subject the union bot does not cover.</summary>
    public static bool IsOutOfScope(string normalized) => Subject(normalized) is not null;

    /// <summary>The out-of-scope subject the message names (the longest when several; an outing, <see cref="GoingOut"/>, when none), or null.</summary>
    public static string? Subject(string normalized)
    {
        string? found = null;
        var subjects = All.Value;
        var masks = AllMasks.Value;
        var text = CharMask.Of(normalized);
        for (var i = 0; i < subjects.Length; i++)
        {
            var subject = subjects[i];
            if ((found is null || subject.Length > found.Length) && text.MayHold(masks[i]) && Phrases.IndexOf(normalized, subject) is >= 0 and var at && !Employer(normalized, at + subject.Length) && !UnionsOwn(normalized, at))
            {
                found = subject;
            }
        }

        return found ?? GoingOut.Find(normalized);
    }

    /// <summary>
    /// The union's name right before a subject makes it the union's own: union medical insurance, 工会的医疗保险, the union
    /// gym; so does the union's name pointing at it (工会那个医疗保险, 工会的这个保险).
    /// </summary>
    private static readonly string[] UnionOwners = ["工会的那个", "工会的这个", "工会那个", "工会这个", "工会的", "工会", "union", "unions"];

    private static bool UnionsOwn(string normalized, int at)
    {
        var before = normalized.AsSpan(0, at).TrimEnd(' ');
        foreach (var owner in UnionOwners)
        {
            if (before.EndsWith(owner, StringComparison.Ordinal) && (TextNormalizer.IsHan(owner[0]) || before.Length == owner.Length || before[^(owner.Length + 1)] == ' '))
            {
                return !OtherMatters.NamesOtherUnion(normalized);
            }
        }

        return false;
    }

    /// <summary>
    /// The union named as the owner of a kind of thing it has under its own name (工会的医疗保险: 工会保险 is an entry's
    /// word): the union's own thing, whatever else sells that kind; 工会的股票 or 工会的食堂 name no such thing.
    /// </summary>
    private static bool UnionsOwnKind(string normalized, int at, string word, KnowledgeIndex index) =>
        word.Length > 2 && UnionsOwn(normalized, at) && index.InTerms(string.Concat("工会", word.AsSpan(word.Length - 2)));

    private static bool Employer(string normalized, int end)
    {
        var rest = normalized.AsSpan(end).TrimStart(' ');
        foreach (var noun in EmployerNouns)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the question is out of scope although <paramref name="leader"/> matched: its subject is more
    /// specific than the leader's evidence (网球肘 over 网球, 吸奶器 over 吸奶, 挂号 over a bare n-gram; a tie only to a clear topic), so a
    /// topic word inside or beside an out-of-scope subject does not decide the answer; 办会员卡 over 身份证 does. In a
    /// message about work or the union (老板, 工资, 工会) a tie goes to the topic: 押金 beside 扣工资 is a pay question.
    /// </summary>
    /// <remarks>
    /// A sibling topic's own words are verbs (丢了, 补办, 报销): its evidence is its family's name (会员卡, 互助保障) as
    /// found for the parent among <paramref name="candidates"/>, so 银行卡丢了 or 车险怎么理赔 is not the union's card or insurance.
    /// </remarks>
    public static bool Outweighs(string subject, ScoredEntry? leader, RecognizerOptions settings, string normalized, IReadOnlyList<ScoredEntry> candidates)
    {
        if (leader is not null && EventOccasion.Told(subject, normalized, leader))
        {
            return false; // 做了手术找工会报销: the event is the occasion, the union's service the question
        }

        var length = subject.Replace(" ", string.Empty, StringComparison.Ordinal).Length;
        var evidence = leader is null ? 0 : SiblingTopics.NameEvidence(leader, candidates, normalized);
        return leader is null || evidence < length
            || (evidence == length && leader.Score < settings.AnswerThreshold && !AboutWork(normalized) && !ServedAtWork(normalized) && !Phrases.Contains(normalized, UnionNamed))
            || (evidence == length && Names(leader, subject) && !Phrases.Contains(normalized, WorkWords));
    }

    /// <summary>
    /// The subject is the leader's own synonym (社保 of legal aid, 医保 of mutual aid): then it is the only evidence, and
    /// the question is the topic's only with work around it (公司不给交社保); 社保断缴了怎么补 is the social insurance office's.
    /// </summary>
    private static bool Names(ScoredEntry leader, string subject) =>
        EntryWords.Of(leader.Entry).Synonyms.Contains(subject, StringComparer.Ordinal);

    /// <summary>Two or more work or union words (老板…工资…辞职): the message is about work, whatever else it names.</summary>
    private static bool AboutWork(string normalized) => WorkWords.Concat(UnionWords).Count(word => Phrases.IndexOf(normalized, word) >= 0) >= 2;

    /// <summary>
    /// "干了八个月了一直不给缴社保": time served told (干了八个月, 上了三年班) beside one work word is about work too; the story
    /// only thins the score of the question after it.
    /// </summary>
    private static bool ServedAtWork(string normalized) =>
        Served().IsMatch(normalized) && WorkWords.Concat(UnionWords).Any(word => Phrases.IndexOf(normalized, word) >= 0);

    /// <summary>干了/做了/上了/工作了 a count of days, months or years (干了八个月, 做了快两年, 上了三年班).</summary>
    [GeneratedRegex("(干|做|上|工作)了(快|近|差不多|有)?[0-9一二两三四五六七八九十几半多]+(个)?(天|月|年)")]
    private static partial Regex Served();

    /// <summary>
    /// The weakest evidence an ask-back may rest on: a word of the offer's own longer than this (a synonym or everyday
    /// word found whole) names what the question is about; two characters (体检, 丢了, 拍照) are too often a side word.
    /// </summary>
    private const int GuessEvidence = 2;

    /// <summary>
    /// True when asking "did you mean A or B?" would be a guess: no offer is named in the question by a word of its own
    /// longer than <see cref="GuessEvidence"/>, and the question names neither the union nor work (工会, 单位, 工资, company,
    /// boss), which would make it the union's to ask about. Then the honest fallback is given, with the offers as buttons,
    /// so a member who did mean one loses a tap, not the answer (体检报告丢了能让医院再打一份吗, where can I sign my kid up
    /// for after-school art classes).
    /// </summary>
    public static bool AskingWouldGuess(IReadOnlyList<ScoredEntry> offers, IReadOnlyList<ScoredEntry> candidates, string normalized) =>
        offers.All(c => SiblingTopics.NameEvidence(c, candidates, normalized) <= GuessEvidence && !SideRemarks.ClubNamed(c, normalized))
        && !Phrases.Contains(normalized, UnionWords) && !Phrases.Contains(normalized, WorkWords);

    /// <summary>Above this frequency in jieba's dictionary a word is common to any text (东西, 现在, 办法): it names no subject.</summary>
    private const int CommonWord = 5000;

    private static readonly Lazy<HashSet<string>> UnionLexicon = new(() => new(ChineseSegmenter.UnionWords, StringComparer.Ordinal));

    /// <summary>
    /// The general rule beside the subject lists: a topic is answered only when something of its own explains the
    /// question (a synonym or everyday word found whole, or its questions' words covering the message well enough to
    /// answer), not words many topics share (申请, 怎么办, 补贴, 办理). When nothing close to the best has such evidence
    /// and the question names a thing no entry knows at all (车险, 房贷, 宠物, 签证), the question is about that thing:
    /// out of scope. So is a topic's word used for another organisation's service or for buying gear
    /// (<see cref="OtherMatters"/>). Returns that word, or null.
    /// </summary>
    /// <remarks><paramref name="story"/>: the whole message when <paramref name="normalized"/> is its asked part; its union or work words count too.</remarks>
    public static string? UnexplainedSubject(string normalized, IReadOnlyList<ScoredEntry> candidates, RecognizerOptions settings, KnowledgeIndex index, string? story = null)
    {
        // 超市的会员卡, 瑜伽馆的年卡, 书法字帖推荐哪本, 税务局的电话: the topic's word names another's service or a shop's goods, whatever its evidence.
        if (!AboutWork(normalized) && (OtherMatters.Find(normalized) ?? OtherMatters.Named(normalized, UnknownLatinNames(normalized, index)) ?? OthersLine.Owner(normalized, index)) is { } other)
        {
            return other;
        }

        if (!Phrases.Contains(story ?? normalized, UnionWords) && OthersClub(normalized, index) is { } club)
        {
            return club;
        }

        if (!Phrases.Contains(story ?? normalized, UnionWords) && PastimeTechnique.Asked(normalized, candidates) is { } technique)
        {
            return technique; // 太极拳的云手怎么练, chess openings: the pastime's know-how, not the union's club
        }

        if (!Phrases.Contains(story ?? normalized, UnionWords) && AnyonesQuestions.Asked(normalized, candidates) is { } anyones)
        {
            return anyones; // 压力大怎么调节情绪, 乳腺癌有什么症状, 税前一万到手多少: anyone's question on the service's subject
        }

        if (!Phrases.Contains(story ?? normalized, UnionNamed) && ActivityAsTime.After(normalized) is { } later && Subject(later) is { } planned)
        {
            return planned; // 社团活动完了想去看电影: the activity is when, the film is what is asked
        }

        IReadOnlyList<ScoredEntry> close = candidates.Count == 0 ? [] : AnswerPolicy.Close(candidates, settings);
        var topicWords = close.SelectMany(c => EntryWords.Of(c.Entry).Own); // the close topics' own words, normalized
        if (!Phrases.Contains(story ?? normalized, UnionNamed) && Careers.Trade(normalized, close) is { } trade)
        {
            return trade; // 心理咨询师证怎么考, a yoga instructor's certificate: becoming one, not the union's service
        }

        if (!Phrases.Contains(story ?? normalized, UnionWords) && !Phrases.Contains(story ?? normalized, WorkWords)
            && Errands.Place(normalized, topicWords) is { } errand)
        {
            return errand; // should I take him to hospital, any good driving school: the member's errand
        }

        // Sibling cues (办理, 申请, 报销) are generic verbs: only a synonym or everyday word of the entry's own explains the subject.
        var evidence = close.Select(c => SiblingTopics.NameEvidence(c, candidates, normalized)).DefaultIfEmpty(0).Max();
        if (!Phrases.Contains(story ?? normalized, UnionWords) && !AboutWork(story ?? normalized)
            && (PublicPlaces.FacilityOf(normalized, topicWords) ?? Institutions.OwnerOf(normalized, topicWords, index)) is { } place)
        {
            return place; // 商场里的母婴室, 驾校的理论培训: the place's or establishment's own service
        }

        if (evidence <= SceneWord && !Phrases.Contains(story ?? normalized, UnionWords) && !AboutWork(story ?? normalized)
            && TwoSubjects(normalized) is { } matter)
        {
            return matter; // 网上贷…利息…催收…打电话: two subjects of one other matter outweigh a topic's short word
        }

        var overview = evidence > 0 && Overview(close[0], normalized, story) && close.All(c => Overviews.BotUse.Contains(c.Entry.Id) || SiblingTopics.NameEvidence(c, candidates, normalized) == 0);
        if (candidates.Count == 0 || (evidence > 0 && !overview && !SettingOnly(evidence, close[0], normalized, story)))
        {
            return null;
        }

        // With a topic's short word (体检, 外卖, 网约车) only a noun after every word of the close topics asks past them, and
        // only as the thing the word describes (送外卖的电瓶车, 滴滴司机的行程单) or in a clause of its own ("开叉车的，…要不要
        // 钓鱼证"); a noun the topic itself does or has (体检项目里有没有胃镜, 体检那天要空腹吗) is the topic's question.
        // An overview's word (报名, 活动, 签到) is anyone's: a noun anywhere names whose (驾校报名, 商场的活动, 淘宝签到).
        var from = evidence == 0 || overview ? 0 : TopicWordsEnd(close, normalized);

        // An exam or a school named beside the overview's word asks for its own registration (省考报名截止, 幼儿园报名要带啥).
        if (overview && Subject(normalized) is { } registrar && TakesSignUps(registrar))
        {
            return registrar;
        }

        // A listed subject after every topic word, as long as the topic's evidence, is what a scene-setting word leads to
        // (换工作了公积金账户要转吗).
        if (from > 0 && Subject(normalized[from..]) is { } listed && listed.Length >= evidence)
        {
            return listed;
        }

        // A message that names the union asks the union: a thing no entry knows in it (积极分子, 小组长, 掉在地铁上) is the
        // member's situation, not someone else's subject; only a word after a topic's own word may still ask past it.
        var asksUnion = Phrases.Contains(story ?? normalized, UnionNamed);
        var at = 0;
        var cut = index.Words(normalized);
        for (var w = 0; w < cut.Count; w++)
        {
            var word = cut[w];
            if (at >= from && UnknownThing(word, index) && !UnionsOwnKind(normalized, at, word, index)
                && ((evidence == 0 && !asksUnion) || (index.Segmenter.IsNoun(word) && !TextFeatures.IsFrame(word.AsSpan(word.Length - 1))
                    && (overview || normalized.AsSpan(from, at - from).IndexOfAny(' ', '的') >= 0))))
            {
                return word;
            }

            // with no topic word at all, a class named by a pastime no entry knows is someone else's (少儿游泳班报名多少钱)
            if (evidence == 0 && w + 1 < cut.Count && ClassWords.Contains(cut[w + 1]) && UnknownPastime(word, index))
            {
                return word;
            }

            at += word.Length;
        }

        if (evidence > 0 && !overview)
        {
            return null;
        }

        // In English the same: a noun no entry knows (uniform, vaccination, hukou) when nothing close has a word of its own;
        // a question that names the union or work (company, shift, coworker) asks the union.
        var whole = story ?? normalized;
        if (!whole.Any(TextNormalizer.IsHan) && !Phrases.Contains(whole, UnionWords) && !Phrases.Contains(whole, WorkWords))
        {
            foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (UnknownEnglishThing(word, index))
                {
                    return word;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A topic's word of three characters or fewer (体检, 培训, 外卖, 网约车) in a Chinese question that is not about work
    /// or the union may only set the scene: who the member is or where the question comes from. A longer name (职工体检,
    /// 互助保障), the union or work named (two work words) keep the topic; so does a club's word (瑜伽课要自己带垫子吗: what
    /// the club does and uses is named after it).
    /// </summary>
    private static bool SettingOnly(int evidence, ScoredEntry best, string normalized, string? story) =>
        evidence <= 3 && normalized.Any(TextNormalizer.IsHan) && best.Entry.Kind != KnowledgeKind.Club && best.Entry.Id != "clubs"
        && !Phrases.Contains(story ?? normalized, UnionWords) && !AboutWork(story ?? normalized);

    /// <summary>An overview leads on its generic word in a question that names neither the union nor work (nor, as checked where it is used, a topic by its own word).</summary>
    private static bool Overview(ScoredEntry best, string normalized, string? story) =>
        Overviews.BotUse.Contains(best.Entry.Id) && !Phrases.Contains(story ?? normalized, UnionWords) && !AboutWork(story ?? normalized);

    /// <summary>Where the last of the close topics' own words (synonyms and everyday words) found in the question ends.</summary>
    private static int TopicWordsEnd(IReadOnlyList<ScoredEntry> close, string normalized)
    {
        var end = 0;
        foreach (var entry in close)
        {
            foreach (var term in EntryWords.Of(entry.Entry).OwnZh)
            {
                if (term.Length > 1 && normalized.LastIndexOf(term, StringComparison.Ordinal) is >= 0 and var at)
                {
                    end = Math.Max(end, at + term.Length);
                }
            }
        }

        return end;
    }

    /// <summary>A topic word this short (打电话, 补偿, 体检) may only set the scene of a message that names two other subjects.</summary>
    private const int SceneWord = 3;

    /// <summary>The longest subject when the message names two or more different ones that do not overlap (利息 and 催收), else null.</summary>
    private static string? TwoSubjects(string normalized)
    {
        var subjects = All.Value;
        var masks = AllMasks.Value;
        var text = CharMask.Of(normalized);
        var found = new List<(int At, string Subject)>();
        for (var i = 0; i < subjects.Length; i++)
        {
            if (text.MayHold(masks[i]) && Phrases.IndexOf(normalized, subjects[i]) is >= 0 and var at && !Employer(normalized, at + subjects[i].Length))
            {
                found.Add((at, subjects[i]));
            }
        }

        var apart = found.Where(f => !found.Any(g => g != f && g.At <= f.At && f.At + f.Subject.Length <= g.At + g.Subject.Length && g.Subject.Length > f.Subject.Length)).ToList();
        return apart.Select(f => f.At).Distinct().Count() >= 2 ? apart.MaxBy(f => f.Subject.Length).Subject : null;
    }

    /// <summary>Words naming a club or association, in Chinese and English.</summary>
    private static readonly string[] ClubWords = ["协会", "俱乐部", "跑团", "车友会", "club", "clubs", "association"];

    /// <summary>
    /// A club or association named by a hobby or trade no entry knows (钓鱼协会, 志愿者协会, 羽毛球俱乐部, badminton clubs):
    /// someone else's, since the union's clubs are named by what they do (书法协会, 太极拳俱乐部). The word right before
    /// the club word decides. Returns it, or null.
    /// </summary>
    private static string? OthersClub(string normalized, KnowledgeIndex index)
    {
        if (Phrases.Find(normalized, ClubWords) is not { } club)
        {
            return null;
        }

        var at = Phrases.IndexOf(normalized, club);
        var before = normalized[..at].TrimEnd();
        if (before.Length == 0)
        {
            return null;
        }

        if (!char.IsAsciiLetter(club[0]))
        {
            // the hobby may stand before a 的 or a measure word (钓鱼的俱乐部, 跑步那种俱乐部)
            var words = index.Segmenter.Cut(before);
            var i = words.Count - 1;
            while (i > 0 && ClubLinks.Contains(words[i]))
            {
                i--;
            }

            return i >= 0 && (UnknownThing(words[i], index) || UnknownPastime(words[i], index)) ? words[i] : null;
        }

        var last = before[(before.LastIndexOf(' ') + 1)..];
        return UnknownEnglishThing(last, index) || UnknownEnglishPastime(last, index) ? last : null;
    }

    /// <summary>What a class or team is called after its pastime (游泳班, 跆拳道课).</summary>
    private static readonly HashSet<string> ClassWords = new(StringComparer.Ordinal) { "班", "课", "课程", "培训班", "兴趣班", "队", "馆" };

    /// <summary>Words between a hobby and its club word: 钓鱼的俱乐部, 跑步那种俱乐部.</summary>
    private static readonly HashSet<string> ClubLinks = new(StringComparer.Ordinal) { "的", "个", "一个", "这种", "那种", "之类的", "类" };

    /// <summary>
    /// A pastime no entry knows (钓鱼, 跑步, 骑行): 词林 puts it among activities or doings (H, F), which
    /// <see cref="UnknownThing"/> leaves out; before a club word it names the club.
    /// </summary>
    private static bool UnknownPastime(string word, KnowledgeIndex index) =>
        word.Length >= 2 && word.All(TextNormalizer.IsHan) && !TextFeatures.IsFrame(word) && word.Distinct().Count() > 1
        && index.Holders("j:" + word) == 0 && !index.InTerms(word) && !UnionLexicon.Value.Contains(word)
        && MeaningClasses.Of(word).Any(c => c[2] is 'H' or 'F');

    /// <summary>An English pastime in -ing no entry knows (cycling, fishing, hiking) before a club word.</summary>
    private static bool UnknownEnglishPastime(string word, KnowledgeIndex index) =>
        word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) && word.All(char.IsAsciiLetterLower) && !CommonEnglish.Contains(word)
        && !index.KnowsNear(TextFeatures.Stem(word)) && !index.KnowsNear(word[..^3]);

    /// <summary>Everyday English words that name no subject: pronouns, quantities, times, verbs and adverbs members use about anything.</summary>
    internal static readonly HashSet<string> CommonEnglish = new(StringComparer.Ordinal)
    {
        "anyone", "anybody", "anything", "anywhere", "someone", "somebody", "something", "somewhere", "nobody", "nothing", "nowhere", "everyone",
        "everything", "everywhere", "again", "also", "just", "really", "very", "still", "even", "only", "much", "many", "more", "most", "some",
        "other", "another", "every", "each", "both", "either", "into", "onto", "from", "than", "then", "them", "they", "their", "theirs", "there",
        "here", "these", "those", "would", "should", "could", "will", "shall", "might", "must", "have", "been", "were", "want", "wanna", "gonna",
        "need", "know", "like", "make", "take", "give", "help", "find", "tell", "think", "said", "says", "come", "came", "goes", "went", "gone",
        "look", "good", "best", "better", "cheap", "near", "nearest", "last", "first", "next", "time", "today", "tonight", "tomorrow", "yesterday",
        "week", "weekend", "month", "year", "night", "thing", "stuff", "kind", "sort", "without", "within", "after", "before", "because", "since",
        "while", "until", "though", "although", "whats", "wheres", "dont", "didnt", "doesnt", "cant", "wont", "isnt", "arent", "hasnt", "havent",
        "youre", "theyre", "thats", "theres", "okay", "yeah", "please", "thanks", "hello", "sorry", "maybe", "actually", "already", "right", "sure",
        "free", "able", "your", "yours", "mine", "what", "when", "where", "which", "whom", "whose", "with", "keep", "back", "away", "over", "under",
        "about", "around", "through", "long", "enough", "same", "different", "lots", "little", "big", "small", "great", "nice", "fine", "well", "bad",
        "worse", "worst", "real", "true", "quick", "fast", "slow", "easy", "hard", "early", "late", "once", "twice", "ever", "never", "always",
        "often", "sometimes", "usually", "asking", "wondering", "question", "answer", "problem", "issue",
    };

    /// <summary>An English word of four or more letters no entry knows, nor one slip from a known word, that is not everyday grammar, a verb or adverb form (-ing, -ed, -ly) or a known word done again (reschedule).</summary>
    private static bool UnknownEnglishThing(string word, KnowledgeIndex index) =>
        word.Length >= 4 && word.All(char.IsAsciiLetterLower) && !TextFeatures.IsStopWord(word) && !CommonEnglish.Contains(word)
        && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
        && !index.KnowsNear(TextFeatures.Stem(word)) && !(word.StartsWith("re", StringComparison.Ordinal) && index.KnowsNear(TextFeatures.Stem(word[2..])));

    /// <summary>
    /// A word of two or more different Chinese characters no entry holds, not in the union lexicon, not common, without a
    /// numeral (三年级, 一分钱), and a thing rather than a doing, feeling or time: 词林 puts it among people, objects or
    /// abstract things (major classes A, B, D), or does not know it (车险, 房贷).
    /// </summary>
    private static bool UnknownThing(string word, KnowledgeIndex index) =>
        word.Length >= 2 && word.All(TextNormalizer.IsHan) && !TextFeatures.IsFrame(word) && word[0] is not ('不' or '没' or '别')
        && word.Distinct().Count() > 1 // 哈哈哈哈, 嗯嗯: a sound, not a thing
        && !word.Any(c => "一二三四五六七八九十百千万两几半".Contains(c, StringComparison.Ordinal))
        && index.Holders("j:" + word) == 0 && !index.InTerms(word) && !UnionLexicon.Value.Contains(word)
        && index.Segmenter.Frequency(word) <= CommonWord
        && MeaningClasses.Of(word) is var classes && (classes.Count == 0 || classes.Any(c => c[2] is 'A' or 'B' or 'D'));

    /// <summary>Ask markers that open the question of a story ("…，想问问…", "…, wondering…").</summary>
    private static readonly string[] AskMarkers = ["想问", "请问", "问一下", "问下", "问问", "想知道", "想了解", "咨询", "打听", "want to know", "wondering", "my question"];

    /// <summary>
    /// A long message tells a story and asks at its end ("我是送外卖的，天天在外面跑……想问问换个新电瓶大概多少钱"): the
    /// story's words (送外卖, 工地, 网约车) may name a topic, but the question is in its asked part. When that part names an
    /// out-of-scope subject or a thing no entry knows, and does not itself name the story's leading topic, the question is
    /// not the union's whatever the story says. So too when the story names the union (工会的太极活动报上名了…周六下不下雨,
    /// 工会发的会员卡…鸡兔同笼怎么算): the union is where the story happens; only an asked part that names the union
    /// itself (工会, 会员, union) asks the union something. Returns that subject, or null.
    /// </summary>
    public static string? AskedBeyondStory(string text, string normalized, ScoredEntry? leader, RecognizerOptions settings, KnowledgeIndex index, Func<string, IReadOnlyList<ScoredEntry>> rank)
    {
        if (leader is null || text.Length <= QuestionSplitter.LongMessage)
        {
            return null;
        }

        var clauses = QuestionSplitter.Sentences(text);
        if (AskedStart(clauses, marked: false) is not { } start)
        {
            return null;
        }

        var part = index.Read(string.Join('，', clauses.Skip(start)));
        if (Phrases.Contains(normalized, UnionWords) && !AsksPastUnion(clauses, start, part))
        {
            return null;
        }

        var ranked = part.Length == 0 ? [] : rank(part);
        if (part.Length == 0 || ranked.Any(c => c.Entry.Id == leader.Entry.Id && c.Evidence > 0))
        {
            return null; // the question names the story's topic itself
        }

        return Subject(part) is { } subject && Outweighs(subject, ranked.Count > 0 ? ranked[0] : null, settings, part, ranked) ? subject
            : UnexplainedSubject(part, ranked, settings, index, normalized);
    }

    /// <summary>True when a long message's asked part (<see cref="AskedPart"/>) names a listed out-of-scope subject: the story before it only tells.</summary>
    public static bool AskedAfterStory(string text, KnowledgeIndex index) =>
        text.Length > QuestionSplitter.LongMessage && AskedPart(text) is { } asked && Subject(index.Read(asked)) is not null;

    /// <summary>
    /// Asking to take part in or to do what the story named, with no object of its own (外地户口能去吗, 零基础的也能参加吗,
    /// 在银行柜台能办吗, can I join, can I do it at the bank): the story's thing is asked about.
    /// </summary>
    private static readonly string[] TakingPart = ["参加", "参与", "能去", "可以去", "能办吗", "能办不", "可以办吗", "join", "attend", "take part", "do it", "do that", "do this"];

    /// <summary>
    /// In a story that names the union, whether its asked part asks past the union: only when that part names no union word
    /// itself, does not ask to take part in what the story named, and follows no question of the story's own that names the
    /// union ("How to get the union card? Do I go to a bank?": a follow-up of the union's question).
    /// </summary>
    private static bool AsksPastUnion(IReadOnlyList<string> clauses, int start, string part) =>
        !Phrases.Contains(part, UnionWords) && !Phrases.Contains(part, TakingPart) && !SetAgainstStory(part)
        && !clauses.Take(start).Any(c => TextNormalizer.Normalize(c) is var told && Phrases.Contains(told, UnionWords) && ActionPhrases.IsQuestion(c, told));

    /// <summary>A comparison opened with its first member left out (和…, 跟…): that member is the story's thing.</summary>
    private static readonly string[] Against = ["和", "跟", "与"];

    /// <summary>How the story's thing stands to the other one: clashing, claimed together, overlapping, told apart.</summary>
    private static readonly string[] Relations = ["冲突", "一起报", "同时", "重复", "叠加", "区别", "一样", "兼容"];

    /// <summary>
    /// "…工会的互助保障…和我自己买的商业险冲不冲突": a clause of the asked part sets the story's thing against another one (和/跟/与
    /// first, a clash, an overlap or a difference asked), so the other thing named is no question of its own.
    /// </summary>
    private static bool SetAgainstStory(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(clause => Against.Any(word => clause.StartsWith(word, StringComparison.Ordinal)) && Phrases.Contains(clause, Relations));

    /// <summary>The asked part of a story: from its last clause with an ask marker to the end, else (unless <paramref name="marked"/>) its last clause when that asks; null for one clause.</summary>
    internal static string? AskedPart(string text, bool marked = false)
    {
        var clauses = QuestionSplitter.Sentences(text);
        return AskedStart(clauses, marked) is { } start ? string.Join('，', clauses.Skip(start)) : null;
    }

    /// <summary>Where <see cref="AskedPart"/> starts among the story's clauses, or null.</summary>
    private static int? AskedStart(IReadOnlyList<string> clauses, bool marked)
    {
        if (clauses.Count < 2)
        {
            return null;
        }

        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            if (Phrases.Contains(TextNormalizer.Normalize(clauses[i]), AskMarkers))
            {
                return i;
            }
        }

        return !marked && ActionPhrases.IsQuestion(clauses[^1], TextNormalizer.Normalize(clauses[^1])) ? clauses.Count - 1 : null;
    }

    /// <summary>Latin words of three or more letters in a Chinese message that no entry knows (costco, wechat): names of someone else's.</summary>
    private static IEnumerable<string> UnknownLatinNames(string normalized, KnowledgeIndex index)
    {
        if (!normalized.Any(TextNormalizer.IsHan))
        {
            yield break;
        }

        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(LatinRuns))
        {
            if (word.Length >= 3 && !TextFeatures.IsStopWord(word) && index.Holders("w:" + TextFeatures.Stem(word)) == 0)
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<string> LatinRuns(string token)
    {
        var start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var latin = i < token.Length && char.IsAsciiLetter(token[i]);
            if (latin && start < 0)
            {
                start = i;
            }
            else if (!latin && start >= 0)
            {
                yield return token[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Subjects that take sign-ups of their own: exams and schools (the union's activities are outings, shows and classes).</summary>
    private static readonly string[] Registrars =
    [
        "考", "教资", "教师资格", "事业编", "公务员", "校", "幼儿园", "小学", "初中", "学区", "驾照", "雅思", "托福", "四六级",
        "exam", "school", "kindergarten", "qualification", "licence", "license", "civil service", "ielts", "toefl",
    ];

    /// <summary>True when <paramref name="subject"/> is an exam or a school, whose registration is its own, never a union sign-up.</summary>
    public static bool TakesSignUps(string subject) => Registrars.Any(word => subject.Contains(word, StringComparison.Ordinal));

    /// <summary>Whom to refer an unanswerable question to.</summary>
    public static Referral ReferralFor(string normalized) =>
        Phrases.Contains(normalized, UnionWords) ? Referral.UnionOffice
        : Phrases.Contains(normalized, WorkWords) ? Referral.Hotline12351
        : Referral.None;
}
