namespace EngageBot.Features.Knowledge;

/// <summary>
/// "淘宝客服怎么找真人", "京东客服怎么转人工", "平台客服一直是机器人", "how do i get a real person at amazon customer service": a
/// person asked for at another organisation's service desk is someone else's matter, not a hand-off to the union's staff. "银行卡丢了 转人工"
/// names no other desk and still asks for the union's person.
/// </summary>
public static class OthersDesk
{
    private static readonly string[] Desks = ["客服", "售后", "customer service", "support line", "helpdesk", "help desk"];

    /// <summary>
    /// A service number is nobody's word but its owner's: dialled (打10010) and its person asked for anywhere in the same
    /// message ("打10010总是机器人，按几能转到人工"), it is that line's person, not the union's.
    /// </summary>
    private static readonly string[] Numbers = ["10086", "10010", "10000", "95588", "95555", "95533", "95599", "95566", "12306", "12345", "12333", "12315"];

    /// <summary>
    /// Service lines with people on them: a carrier's or bank's number or name, banks also by their short names (建行, 招行;
    /// not 工行, 中行 or 交行, which sit inside 加工行业, 活动中行吗 and 提交行吗).
    /// </summary>
    private static readonly string[] Lines =
        [.. Numbers, "中国移动", "中国联通", "中国电信", "运营商", "银行", "建行", "农行", "招行", "邮储", "航空公司", "china mobile", "china unicom", "china telecom", "bank", "icbc", "ccb", "cmb", "airline"];

    private static readonly string[] LinePeople = ["人工", "真人", "real person", "human", "a person", "agent"];

    /// <summary>How far after its number a line's person is asked for.</summary>
    private const int NumberReach = 20;

    /// <summary>
    /// Whoever sells or serves through an app, named right before its desk: 平台客服, 商家客服, 卖家的客服, app里的客服, the
    /// seller's customer service. The union's own desk is asked for bare ("转人工客服") or as ours (你们的客服).
    /// </summary>
    private static readonly string[] Sellers = ["平台", "商家", "卖家", "店家", "厂家", "店铺", "网店", "官方", "app", "小程序", "软件", "platform", "seller", "the shop", "the store", "the app"];

    /// <summary>How far before its desk a seller stands ("平台的客服", "app里的客服").</summary>
    private const int SellerReach = 3;

    /// <summary>"10086怎么转人工", "a real person at china mobile": a person asked for right after a line or at one ("银行卡丢了 转人工" names a card, not the bank's line).</summary>
    public static bool Asked(string normalized) =>
        (Phrases.Contains(normalized, Desks) && (OtherMatters.Find(normalized) is not null || NearWords.Near(normalized, Sellers, Desks, SellerReach)))
        || NearWords.Near(normalized, Lines, LinePeople, 4) || NearWords.Near(normalized, LinePeople, Lines, 12) || NearWords.Near(normalized, Numbers, LinePeople, NumberReach);
}
