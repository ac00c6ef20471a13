using System.Globalization;
using System.Text;
using EngageBot.Features.SignUps.Admin;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// Attendance per activity as CSV for Excel: UTF-8 with a BOM, CRLF lines, and every cell through
/// <see cref="RosterCsv.Escape"/> — a title staff typed as "=HYPERLINK(…)" must stay text, not become a formula.
/// </summary>
public static class AttendanceCsv
{
    private static readonly string[] Header =
        ["月份 Month", "社团 Club", "活动 Activity", "开始 Starts", "报名 Signed up", "签到 Checked in", "签到率 Rate"];

    public static byte[] Write(IReadOnlyList<ActivityAttendanceRow> rows)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var row in rows)
        {
            Line(text, [
                row.Month,
                row.ClubName ?? "—",
                row.Title,
                row.StartsAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                row.Held.ToString(CultureInfo.InvariantCulture),
                row.Attended.ToString(CultureInfo.InvariantCulture),
                row.Rate.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal),
            ]);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(RosterCsv.Escape))).Append("\r\n");
}
