namespace EngageBot.Bench;

/// <summary>What a member does in one turn; each kind is reported on its own and in the mix.</summary>
public enum TurnKind
{
    Help,
    KnowledgeZh,
    KnowledgeEn,
    Unclear,
    Listing,
    SignUp,
    Cancel,
    MySignUps,
    GroupMention,
    GroupChatter,

    /// <summary>
    /// Not in the schedule: a member the bot handed to staff sends "结束人工/back to bot" on their next 1:1 turn, as
    /// a member who wants the bot back does (only with returning conversations: a fresh one is not handed off).
    /// </summary>
    BackToBot,
}

/// <summary>One turn to send: its kind, its text (or a button's value), whether it is in a group, and whether the bot answers it.</summary>
public sealed record PlannedTurn(TurnKind Kind, string? Text, string? ValueJson, bool InGroup, bool ExpectsReply);

/// <summary>
/// The turns the bench sends. <c>real</c> (the default) is a weighted mix of what members ask: knowledge questions
/// in Chinese and English (phrased as members write them, about what the knowledge base covers; not the
/// understanding tests' evaluation set), unclear ones that get "did you mean", activity listings, sign-up and cancel
/// presses on the listed activities, "我的报名", group messages (to the bot, and chatter it stays quiet on), and
/// "帮助". <c>help</c> is the old run ("帮助"/"help" alternating), kept so old figures stay comparable; a kind's name
/// runs that kind alone, to see its own CPU and disk per turn.
/// </summary>
public sealed class TurnMix
{
    private static readonly string[] KnowledgeZh =
    [
        "住院了工会能给报销一部分吗", "互助保障怎么理赔，要带什么材料", "会员卡丢了怎么补办", "会员服务卡有什么用", "工会有法律援助吗",
        "老板三个月没发工资了怎么办", "劳动仲裁去哪里申请", "12351是什么电话", "职工之家几点开门", "哪里有母婴室可以吸奶",
        "两癌筛查怎么报名", "工会每年有体检吗", "最近压力好大，工会有心理咨询吗", "有没有单身联谊活动", "工会有免费的技能培训吗",
        "外卖骑手能入工会吗", "瑜伽俱乐部什么时候上课", "想学下围棋，有俱乐部吗", "怎么订阅活动通知", "活动签到怎么操作",
    ];

    private static readonly string[] KnowledgeEn =
    [
        "what benefits do members get", "how do I claim mutual aid after a hospital stay", "I lost my member card",
        "my boss has not paid my wages", "is there a yoga club", "how do I join the union", "what is the union hotline",
        "how do I turn off notices",
    ];

    // Vague or garbled: the bot offers its best guesses ("您是想问……") rather than an answer.
    private static readonly string[] Unclear = ["卡", "报销的事", "那个活动", "保障", "俱乐部的", "我想问一下钱的问题"];

    private static readonly string[] Listings = ["这周末有什么活动？", "最近有什么活动", "下周有什么活动", "有什么好玩的活动", "upcoming activities"];

    private static readonly string[] GroupChatter = ["大家周末好", "收到", "明天几点集合？", "哈哈哈", "谢谢组织"];

    private static readonly (TurnKind Kind, int Weight)[] RealWeights =
    [
        (TurnKind.KnowledgeZh, 28), (TurnKind.KnowledgeEn, 8), (TurnKind.Unclear, 8), (TurnKind.Listing, 14), (TurnKind.SignUp, 8),
        (TurnKind.Cancel, 6), (TurnKind.MySignUps, 6), (TurnKind.GroupMention, 6), (TurnKind.GroupChatter, 10), (TurnKind.Help, 6),
    ];

    private readonly TurnKind[] _schedule;
    private readonly IReadOnlyList<string> _activityIds;
    private readonly bool _oldHelp;

    private TurnMix(TurnKind[] schedule, IReadOnlyList<string> activityIds, bool oldHelp) =>
        (_schedule, _activityIds, _oldHelp) = (schedule, activityIds, oldHelp);

    /// <summary>The kinds in this mix, in report order (with <see cref="TurnKind.BackToBot"/> when its misses can hand off).</summary>
    public IReadOnlyList<TurnKind> Kinds =>
        [.. _schedule.Append(_schedule.Contains(TurnKind.Unclear) ? TurnKind.BackToBot : _schedule[0]).Distinct().Order()];

    /// <summary>The turn of a handed-off user who goes back to the bot (every fourth user writes English).</summary>
    public static PlannedTurn BackToBot(int user) => new(TurnKind.BackToBot, user % 4 == 0 ? "back to bot" : "结束人工", null, false, true);

    /// <summary><paramref name="name"/>: "real", "help", or one kind's name (e.g. "KnowledgeZh").</summary>
    public static TurnMix Create(string name, IReadOnlyList<string> activityIds)
    {
        if (name == "help")
        {
            return new TurnMix([TurnKind.Help], activityIds, oldHelp: true);
        }

        if (name == "real")
        {
            // A fixed interleaving (seeded shuffle of 100 slots): every run and every build sends the same sequence.
            var slots = RealWeights.SelectMany(w => Enumerable.Repeat(w.Kind, w.Weight)).ToArray();
            new Random(16).Shuffle(slots);
            return new TurnMix(slots, activityIds, oldHelp: false);
        }

        return Enum.TryParse<TurnKind>(name, ignoreCase: true, out var kind)
            ? new TurnMix([kind], activityIds, oldHelp: false)
            : throw new ArgumentException($"--mix: real, help, or one of {string.Join(", ", Enum.GetNames<TurnKind>())}.");
    }

    /// <summary>The <paramref name="turn"/>-th turn of user <paramref name="user"/> (deterministic).</summary>
    public PlannedTurn Plan(int user, int turn)
    {
        if (_oldHelp)
        {
            return new PlannedTurn(TurnKind.Help, turn % 2 == 0 ? "帮助" : "help", null, false, true);
        }

        var kind = _schedule[(user * 7 + turn) % _schedule.Length];
        var pick = user + (turn * 31);
        return kind switch
        {
            TurnKind.Help => new(kind, pick % 3 == 0 ? "help" : "帮助", null, false, true),
            TurnKind.KnowledgeZh => new(kind, KnowledgeZh[pick % KnowledgeZh.Length], null, false, true),
            TurnKind.KnowledgeEn => new(kind, KnowledgeEn[pick % KnowledgeEn.Length], null, false, true),
            TurnKind.Unclear => new(kind, Unclear[pick % Unclear.Length], null, false, true),
            TurnKind.Listing => new(kind, Listings[pick % Listings.Length], null, false, true),
            TurnKind.SignUp or TurnKind.Cancel when _activityIds.Count > 0 => new(kind, null,
                $$"""{"action":"{{(kind == TurnKind.SignUp ? "signup" : "cancel")}}","activityId":"{{_activityIds[user % _activityIds.Count]}}"}""", false, true),
            TurnKind.SignUp => new(kind, "报名", null, false, true),
            TurnKind.Cancel => new(kind, "取消报名", null, false, true),
            TurnKind.MySignUps => new(kind, "我的报名", null, false, true),
            TurnKind.GroupMention => new(kind, "@小助手 " + Listings[pick % Listings.Length], null, true, true),
            _ => new(kind, GroupChatter[pick % GroupChatter.Length], null, true, false),
        };
    }
}
