namespace EngageBot.Features.Knowledge;

/// <summary>
/// "会员卡对我们有啥好处", "what's the point of the union card, any perks": the gain words (好处, 有什么用, perks) put what
/// members get at a glance first, but the card named by its own words is what is asked about: what the card does leads.
/// </summary>
public static class CardGainAsked
{
    private const string Benefits = "benefits";
    private const string Card = "member-card";

    /// <summary>The card must score at least this share of the benefits answer to take its place.</summary>
    private const double Near = 0.3;

    private static readonly string[] CardWords = ["card"];

    /// <summary>The benefits answer falls to this share of the card's, so the card is answered.</summary>
    private const double Behind = 0.6;

    /// <summary><paramref name="candidates"/> with the card first when benefits leads and the card is named (卡, card) (the same list otherwise).</summary>
    public static IReadOnlyList<ScoredEntry> Decide(IReadOnlyList<ScoredEntry> candidates, string normalized)
    {
        // the card itself named (卡, card), not only 会员 ("当了会员能享受哪些优惠" asks what members get)
        if (candidates is not [{ Entry.Id: Benefits } top, ..] || !(normalized.Contains('卡') || Phrases.Contains(normalized, CardWords))
            || candidates.FirstOrDefault(c => c.Entry.Id == Card && c.Evidence > 0 && c.Score >= top.Score * Near) is not { } card)
        {
            return candidates;
        }

        return Promoted.Lead(candidates, card, top.Score, card.Evidence, c => c == top, Behind);
    }
}
