using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EngageBot.Core.Privacy;
using EngageBot.Core.Time;

namespace EngageBot.Features.Privacy;

/// <summary>
/// The export as a person reads it: per table what it is, how many rows, and the first and last date (union time);
/// and all of it as Chinese text.
/// </summary>
public static class PersonalDataSummary
{
    public static PersonalDataExport Build(string memberNumber, DateTimeOffset exportedAt, IReadOnlyList<PersonalDataSet> sets, UnionTime time)
    {
        var items = sets.Select(Item).ToList();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"会员号 {memberNumber} 的个人数据（导出时间 {Format(time, exportedAt, "yyyy-MM-dd HH:mm")}）\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"· {item.Label}：");
            text.Append(item.Count == 0
                ? "无\n"
                : item.First is { } first && item.Last is { } last
                    ? string.Create(CultureInfo.InvariantCulture, $"{item.Count} 条（{Format(time, first, "yyyy-MM-dd")} 至 {Format(time, last, "yyyy-MM-dd")}）\n")
                    : string.Create(CultureInfo.InvariantCulture, $"{item.Count} 条\n"));
        }

        text.Append("完整内容见 JSON 的 data 部分。如需更正或删除，请联系工会工作人员。");
        var data = new Dictionary<string, IReadOnlyList<JsonObject>>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            data[set.Name] = set.Rows;
        }

        return new PersonalDataExport(memberNumber, exportedAt, time.ZoneId, text.ToString(), items, data);
    }

    private static SummaryItem Item(PersonalDataSet set)
    {
        var times = set.TimeColumn is null
            ? []
            : set.Rows.Select(r => r[set.TimeColumn] is JsonValue v && v.TryGetValue<long>(out var ms) ? ms : (long?)null).OfType<long>().ToList();
        return new SummaryItem(
            set.Name, set.LabelZh, set.LabelEn, set.Rows.Count,
            times.Count == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(times.Min()),
            times.Count == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(times.Max()));
    }

    private static string Format(UnionTime time, DateTimeOffset instant, string format) =>
        time.ToLocal(instant).ToString(format, CultureInfo.InvariantCulture);
}
