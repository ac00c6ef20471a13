using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// "我爸上周走了 工会有慰问金吗", "结婚了能找工会领贺礼不", "was in hospital, is there a get-well payment": what a member
/// gets at a life event (a wedding, a birth, an illness, a death in the family, retiring) is a member benefit. The
/// event's words (住院, 慰问, 手术) also name the festival visits and the insurance, which then lead; when the message
/// asks for a gift or a visit at such an event, with no festival and no insurance claim in it, benefits leads.
/// </summary>
public static partial class EventGifts
{
    private const string Gains = "benefits";

    /// <summary>The entries an event's or a gift's word alone makes lead: the festival visits, the insurance and its claim.</summary>
    private static readonly string[] Passed = ["warmth", "mutual-aid", "mutual-aid-claim"];

    /// <summary>
    /// The study subsidy, which 补贴 alone makes lead: at a life event with nothing of study named ("职工生病有补贴吗") the
    /// subsidy asked is the event's gift, not a course's.
    /// </summary>
    private const string Training = "skills-training";

    /// <summary>What names a course or a certificate beside 补贴 (考证补贴, 学历提升, training allowance).</summary>
    private static readonly string[] Study = ["培训", "学", "考", "证书", "课", "技能", "技术", "文凭", "进修", "读", "study", "course", "training", "certificate", "degree", "class"];

    /// <summary>Those passed fall to this share of the benefits answer.</summary>
    private const double Behind = 0.6;

    /// <summary>
    /// <paramref name="candidates"/> with benefits first when a passed entry leads a message that names a life event
    /// and asks for a gift at it; <paramref name="wider"/> ranks the message over more entries.
    /// </summary>
    public static IReadOnlyList<ScoredEntry> Decide(IReadOnlyList<ScoredEntry> candidates, string normalized, Func<IReadOnlyList<ScoredEntry>> wider)
    {
        if (candidates is not [var top, ..] || !(Passed.Contains(top.Entry.Id) || SubsidyOnly(top, normalized)) || !Asked(normalized)
            || (candidates.FirstOrDefault(c => c.Entry.Id == Gains) ?? wider().FirstOrDefault(c => c.Entry.Id == Gains)) is not { } gains)
        {
            return candidates;
        }

        return Promoted.Lead(candidates, gains, top.Score, Math.Max(gains.Evidence, top.Evidence), c => Passed.Contains(c.Entry.Id) || c == top, Behind);
    }

    private static bool SubsidyOnly(ScoredEntry top, string normalized) => top.Entry.Id == Training && !Phrases.Contains(normalized, Study);

    /// <summary>A life event and a gift or visit at it, with neither a festival (送温暖 at New Year) nor the insurance or a claim named.</summary>
    public static bool Asked(string normalized) =>
        (EventZh().IsMatch(normalized) || EventEn().IsMatch(normalized))
        && (GiftZh().IsMatch(normalized) || GiftEn().IsMatch(normalized))
        && !FestivalOrClaim().IsMatch(normalized);

    /// <summary>结婚/领证/办喜事, 生孩子/生了/生二胎/添了个, 住院/手术/生病, 车祸/受伤/骨折, 去世/走了/没了/丧事/白事, 退休.</summary>
    [GeneratedRegex("结婚|领证|婚礼|办喜事|喜事|出嫁|娶媳妇|生(了|孩子|娃|宝宝|小孩|二胎|三胎|个)|添了|坐月子|满月|住院|住了.{0,2}院|手术|开刀|生病|病了|大病|车祸|受伤|骨折|摔伤|出事|去世|过世|走了|没了|病故|丧事|白事|后事|红白|婚丧|退休|退修")]
    private static partial Regex EventZh();

    [GeneratedRegex(@"\b(wedding|married|marry|marriage|baby|babies|newborn|new born|birth|hospital|surgery|operation|sick|illness|passed away|passes away|died|dies|death|funeral|bereavement|retire|retiring|retired|retirement|life events?)\b")]
    private static partial Regex EventEn();

    /// <summary>慰问(金), 看望/探望/来看看, 贺礼/礼金/份子/随礼/红包, 表示, 给(点)啥/发(点)啥, 补贴 (not 补助: 住院补助 is the insurance's word).</summary>
    [GeneratedRegex("慰问|为问|看望|探望|来看|看看|贺礼|礼金|份子|随礼|随份|红包|礼品|表示|给(点|些)?(啥|什么)|发(点|些)?(啥|什么)|补贴")]
    private static partial Regex GiftZh();

    [GeneratedRegex(@"\b(gifts?|get well|get-well|condolence|condolences|payment|perks?|anything|something|grant|allowance|envelope)\b|\bwhat do (members|we|i) get\b")]
    private static partial Regex GiftEn();

    /// <summary>A festival visit (过年, 春节, 送温暖) or the insurance and its claim (互助, 保险, 报销, 理赔, 申请, 要拿什么, claim).</summary>
    [GeneratedRegex(@"过年|春节|年底|年前|元旦|中秋|端午|送温|年货|互助|户助|互主|保险|保障|报销|理赔|理陪|材料|申请|手续|(拿|带|准备)(什么|啥)|\b(claim|insurance|mutual aid|reimburse|new year|spring festival)\b")]
    private static partial Regex FestivalOrClaim();
}
