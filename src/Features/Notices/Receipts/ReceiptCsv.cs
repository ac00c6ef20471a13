using System.Globalization;
using System.Text;

namespace EngageBot.Features.Notices;

/// <summary>
/// The receipts report as CSV for Excel/WPS: UTF-8 with a byte-order mark, every cell quoted, and a cell that a
/// spreadsheet would read as a formula (starting with = + - @, tab or CR) prefixed with an apostrophe.
/// </summary>
public static class ReceiptCsv
{
    private static readonly string[] Header = ["会员 Member", "会员号 Member number", "姓名 Name", "状态 State", "确认时间 Confirmed at", "方式 Via", "原因 Reason"];

    public static async Task WriteAsync(Stream body, ReceiptReport report, string noticeId, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        long? after = 0;
        while (after is { } from)
        {
            var page = await report.PageAsync(noticeId, null, null, from, 500, cancellationToken);
            foreach (var row in page.Members)
            {
                await writer.WriteAsync(Line(
                [
                    row.Member, row.MemberNumber, row.Name, StateLabel(row.State),
                    row.ConfirmedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), row.Via, row.Reason,
                ]));
            }

            after = page.Next;
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One CSV line, every cell quoted and made inert.</summary>
    public static string Line(IEnumerable<string?> cells) =>
        string.Join(",", cells.Select(c => "\"" + Inert(c ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";

    /// <summary>A cell a spreadsheet will show as text, never evaluate.</summary>
    public static string Inert(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string StateLabel(string state) => state switch
    {
        "confirmed" => "已确认 confirmed",
        "unconfirmed" => "已送达未确认 delivered, not confirmed",
        "failed" => "发送失败 failed",
        "skipped" => "跳过 skipped",
        _ => "待发送 pending",
    };
}
