namespace EngageBot.Features.Knowledge;

/// <summary>
/// "淘宝客服怎么找真人", "京东客服怎么转人工", "how do i get a real person at amazon customer service": a person asked for at
/// another organisation's service desk is someone else's matter, not a hand-off to the union's staff. "银行卡丢了 转人工"
/// names no other desk and still asks for the union's person.
/// </summary>
public static class OthersDesk
{
    private static readonly string[] Desks = ["客服", "售后", "customer service", "support line", "helpdesk", "help desk"];

    public static bool Asked(string normalized) => Phrases.Contains(normalized, Desks) && OtherMatters.Find(normalized) is not null;
}
