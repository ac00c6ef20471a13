using System.Globalization;
using System.Text;
using EngageBot.Core.Time;

namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// A roster as CSV that Excel opens correctly: UTF-8 with a BOM (so Chinese names show), CRLF lines,
/// RFC 4180 quoting, and cells that would start a formula prefixed with an apostrophe. The sign-up form's fields
/// follow as columns (their labels as headers).
/// </summary>
public static class RosterCsv
{
    private static readonly string[] Header = ["状态 Status", "序号 No.", "会员ID Member ID", "渠道 Channel", "姓名 Name", "报名时间 Signed up", "签到时间 Checked in"];

    public static byte[] Write(IReadOnlyList<RosterEntry> roster, UnionTime time, IReadOnlyList<Forms.FormField>? fields = null)
    {
        fields ??= [];
        var text = new StringBuilder();
        Line(text, [.. Header, .. fields.Select(f => string.IsNullOrWhiteSpace(f.LabelEn) ? f.Label : $"{f.Label} {f.LabelEn}")]);
        var seat = 0;
        foreach (var entry in roster)
        {
            var (status, number) = entry.Status switch
            {
                SignUpStatus.Waitlisted => ("候补 Waitlisted", entry.QueuePlace ?? 0),
                SignUpStatus.Attended => ("已签到 Attended", ++seat),
                _ => ("已确认 Confirmed", ++seat),
            };
            Line(text, [
                status,
                number.ToString(CultureInfo.InvariantCulture),
                entry.Member.UserId,
                entry.Member.ChannelId,
                entry.Name,
                Format(entry.SignedUpAt, time),
                entry.AttendedAt is { } at ? Format(at, time) : string.Empty,
                .. fields.Select(f => entry.Answers?.GetValueOrDefault(f.Key) ?? string.Empty),
            ]);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>One cell, quoted when it holds a comma, quote or line break, and defused when it looks like a formula.</summary>
    public static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");

    private static string Format(DateTimeOffset at, UnionTime time) =>
        time.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
