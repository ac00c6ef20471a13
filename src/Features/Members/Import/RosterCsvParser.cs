using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members.Import;

/// <summary>
/// Reads a roster file into a plan: the header row names the columns, blank rows are passed over, every other row
/// becomes a member or a rejected row (bad details, or a member number or 企业微信账号 an earlier row already gave).
/// A file this cannot read at all (no known header, a quote that never closes) is a problem for the whole file.
/// </summary>
public static class RosterCsvParser
{
    public const string SaveAsUtf8 =
        "文件不是 UTF-8 编码。请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”后再导入。 / The file is not UTF-8: in Excel, use Save As → \"CSV UTF-8 (Comma delimited)\" and import that.";

    public static (RosterImportPlan? Plan, string? Problem) Parse(CsvText file)
    {
        RosterColumns? columns = null;
        var members = new List<RosterMember>();
        var memberRows = new List<int>();
        var rejected = new List<RejectedRow>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var wecomRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in CsvRecords.Read(file.Text))
        {
            if (record.Unclosed)
            {
                return (null, $"第 {record.Row} 行有一个引号没有配对，后面的内容都读不出来，请检查后再导入。 / Row {record.Row} opens a quote that never closes; please fix it and import again.");
            }

            if (record.IsBlank)
            {
                continue;
            }

            if (columns is null)
            {
                columns = RosterColumns.FromHeader(record.Fields);
                if (columns is null)
                {
                    return (null, file.Guessed ? SaveAsUtf8 : HeaderProblem);
                }

                continue;
            }

            var (member, problems) = MemberDetailsRules.Check(Details(record.Fields, columns));
            if (member is null)
            {
                rejected.Add(new RejectedRow(record.Row, FieldProblem.Join(problems)));
            }
            else if (firstRow.TryGetValue(member.MemberNumber, out var earlier))
            {
                rejected.Add(new RejectedRow(record.Row, $"会员号 {member.MemberNumber} 与第 {earlier} 行重复 / member number {member.MemberNumber} repeats row {earlier}"));
            }
            else if (member.WeComUserId is { } userId && wecomRow.TryGetValue(userId, out var holder))
            {
                rejected.Add(new RejectedRow(record.Row, $"企业微信账号 {userId} 与第 {holder} 行重复 / WeCom account {userId} repeats row {holder}"));
            }
            else
            {
                firstRow[member.MemberNumber] = record.Row;
                if (member.WeComUserId is { } account)
                {
                    wecomRow[account] = record.Row;
                }

                members.Add(member);
                memberRows.Add(record.Row);
            }
        }

        return columns is null ? (null, file.Guessed ? SaveAsUtf8 : HeaderProblem) : (new RosterImportPlan(members, rejected, memberRows), null);
    }

    private static string HeaderProblem =>
        $"第一行应为表头：{RosterColumns.ChineseHeader}（可加“入会日期”列）。 / The first row must be the header {RosterColumns.EnglishHeader} (optionally joinedOn).";

    private static MemberDetails Details(IReadOnlyList<string> fields, RosterColumns columns)
    {
        string? At(int? index) => index is { } i && i < fields.Count ? fields[i] : null;
        return new MemberDetails(At(columns.MemberNumber), At(columns.Name), At(columns.Phone), At(columns.Unit), At(columns.JoinedOn), At(columns.WeComUserId));
    }
}
