namespace EngageBot.Features.Members.Import;

/// <summary>
/// Where each field sits in the file, read from its header row: <c>会员号,姓名,手机号,工会[,入会日期][,企业微信账号]</c> or
/// <c>memberNumber,name,phone,unit[,joinedOn][,wecomUserId]</c>, in any order; other columns (备注…) are ignored.
/// </summary>
public sealed record RosterColumns(int MemberNumber, int Name, int Phone, int Unit, int? JoinedOn, int? WeComUserId = null)
{
    public const string ChineseHeader = "会员号,姓名,手机号,工会";
    public const string EnglishHeader = "memberNumber,name,phone,unit";

    /// <summary>The columns, or null when one of the four required ones is missing.</summary>
    public static RosterColumns? FromHeader(IReadOnlyList<string> header)
    {
        int? Find(string chinese, string english)
        {
            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i].Trim();
                if (name == chinese || string.Equals(name, english, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return null;
        }

        return (Find("会员号", "memberNumber"), Find("姓名", "name"), Find("手机号", "phone"), Find("工会", "unit")) is ({ } number, { } name, { } phone, { } unit)
            ? new RosterColumns(number, name, phone, unit, Find("入会日期", "joinedOn"), Find("企业微信账号", "wecomUserId"))
            : null;
    }
}
