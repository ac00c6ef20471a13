using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// "入会以后工会能给我点啥", "what would I get if I join": joining (入会, 会费, join, dues) is the condition, what the
/// member gets is the question. When joining leads a message that asks what one gets, the benefits answer leads:
/// how to join answers "how do I get in", not "what is in it for me".
/// </summary>
public static partial class GainAsked
{
    private const string Joining = "join-union";
    private const string Gains = "benefits";

    /// <summary>Joining falls to this share of the benefits answer, so that one is answered.</summary>
    private const double Behind = 0.6;

    /// <summary>
    /// <paramref name="candidates"/> with benefits first when joining leads or is close behind it and the message asks
    /// what one gets; <paramref name="wider"/> ranks the message over more entries, for benefits scored below the few kept.
    /// </summary>
    public static IReadOnlyList<ScoredEntry> Decide(IReadOnlyList<ScoredEntry> candidates, string normalized, Func<IReadOnlyList<ScoredEntry>> wider)
    {
        if (candidates is not [var top, ..] || top.Entry.Id is not (Joining or Gains)
            || candidates.FirstOrDefault(c => c.Entry.Id == Joining) is not { } joining
            || !(Chinese().IsMatch(normalized) || English().IsMatch(normalized))
            || (candidates.FirstOrDefault(c => c.Entry.Id == Gains) ?? wider().FirstOrDefault(c => c.Entry.Id == Gains)) is not { } gains)
        {
            return candidates;
        }

        return Promoted.Lead(candidates, gains, top.Score, Math.Max(gains.Evidence, joining.Evidence), c => c == joining, Behind);
    }

    /// <summary>给我点啥, 给了我们些什么, 能得到啥, 得着啥, 图个啥, 能享受啥, 有啥好处, 有什么用, 有什么福利 (welfare, perks: the word mixed in).</summary>
    [GeneratedRegex("给了?(我们|咱们|我|咱|大家|会员)?(些|点)?(啥|什么)|得(到|着)(些)?(啥|什么)|图(个)?(啥|什么)|享受(些)?(啥|什么|哪些)|有(啥|什么)(好处|用|实惠|回报|甜头)|(啥|什么)好处|(啥|什么|哪些) ?(福利|待遇|welfare|benefits?|perks?)")]
    private static partial Regex Chinese();

    /// <summary>what do I (actually) get, what would we get, what's in it for me, get out of being…, any perks, which perks come with it.</summary>
    [GeneratedRegex(@"\bwhat (do|does|will|would|can|could|did) (i|we|you|members?|a member) (actually |really |even |ever )?get\b|\bwhat ?s in it for\b|\bget out of (it|being|joining|the union|membership)\b|\b(any|which|what) (perks|benefits|welfare)\b")]
    private static partial Regex English();
}
