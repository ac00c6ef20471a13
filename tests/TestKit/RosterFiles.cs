using System.Globalization;
using System.Text;

namespace EngageBot.TestKit;

/// <summary>Roster CSV files as staff upload them: a 1,000-row file with ten known bad rows, and small ones.</summary>
public static class RosterFiles
{
    public const string Header = "会员号,姓名,手机号,工会,入会日期";

    /// <summary>The rows (by row number, the header being row 1) that <see cref="Thousand"/> spoils, each a different way.</summary>
    public static readonly IReadOnlyDictionary<int, string> BadRows = new Dictionary<int, string>
    {
        [12] = "BJ-0011,何十一,1380000001,朝阳区总工会/甲公司工会,2019-03-01",          // phone one digit short
        [101] = "BJ-0100,,13800000100,朝阳区总工会/甲公司工会,2019-03-01",              // no name
        [202] = "BJ 0201,钱二,13800000201,朝阳区总工会/乙公司工会,",                    // space in the number
        [303] = "BJ-0302,孙三,12800000302,朝阳区总工会/乙公司工会,",                    // 12… is not a mobile prefix
        [404] = "BJ-0403,李四,13800000403,,",                                           // no unit
        [505] = "BJ-0001,周五,13800000504,朝阳区总工会/甲公司工会,",                    // repeats row 2's number
        [606] = "BJ-0605,吴六,13800000605,朝阳区总工会/乙公司工会,2019-02-30",          // no such date
        [707] = "BJ-0706,郑七,13800000706, / > ,",                                     // a unit of separators only
        [808] = "BJ-0807-TOO-LONG-NUMBER-XXXXXXXXXXX,王八,13800000807,朝阳区总工会,",  // number over 32
        [909] = "bj-0002,冯九,13800000908,朝阳区总工会/甲公司工会,",                    // repeats row 3 (case-insensitive)
    };

    /// <summary>1,000 data rows (rows 2–1001): 990 good members BJ-0001… and the ten <see cref="BadRows"/>.</summary>
    public static string Thousand(string phonePrefix = "138")
    {
        var text = new StringBuilder(Header).Append("\r\n");
        for (var row = 2; row <= 1001; row++)
        {
            var number = (row - 1).ToString("0000", CultureInfo.InvariantCulture);
            var unit = row % 2 == 0 ? "朝阳区总工会 > 甲公司工会 > 技术部" : "朝阳区总工会→乙公司工会";
            text.Append(BadRows.TryGetValue(row, out var bad) ? bad : $"BJ-{number},会员{number},{phonePrefix}0000{number},{unit},2020/1/{1 + (row % 28)}")
                .Append("\r\n");
        }

        return text.ToString();
    }

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
