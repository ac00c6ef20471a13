using System.Text;
using EngageBot.Features.Members.Import;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members;

public sealed class RosterCsvParserTests
{
    [Fact]
    public void A_thousand_rows_with_ten_bad_ones_give_990_members_and_exactly_those_ten_rows()
    {
        var (plan, problem) = RosterCsvParser.Parse(CsvDecoder.Decode(RosterFiles.Utf8WithBom(RosterFiles.Thousand()), null)!);

        Assert.Null(problem);
        Assert.Equal(990, plan!.Members.Count);
        Assert.Equal(RosterFiles.BadRows.Keys.Order(), plan.Rejected.Select(r => r.Line));
        Assert.All(plan.Rejected, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}.* / [A-Za-z]", r.Reason));
        Assert.Contains("与第 2 行重复", plan.Rejected.Single(r => r.Line == 505).Reason, StringComparison.Ordinal);
        Assert.Contains("手机号", plan.Rejected.Single(r => r.Line == 12).Reason, StringComparison.Ordinal);
        Assert.Equal("朝阳区总工会/甲公司工会/技术部", plan.Members[0].Unit);
        Assert.Equal("朝阳区总工会/乙公司工会", plan.Members[1].Unit);
        Assert.Equal(new DateOnly(2020, 1, 3), plan.Members[0].JoinedOn);
    }

    [Fact]
    public void English_headers_in_any_order_quoted_cells_and_a_file_without_bom_or_final_line_break_are_read()
    {
        var csv = "unit,Phone,memberNumber,name,备注\n\"朝阳区总工会/甲公司工会\",+86 138-0000-0001,bj-1,\"Li, Na \"\"Nana\"\"\",\"two\nlines\"\n\n朝阳区总工会,13900000002,BJ-2,王芳,";

        var (plan, problem) = RosterCsvParser.Parse(CsvDecoder.Decode(Encoding.UTF8.GetBytes(csv), "utf-8")!);

        Assert.Null(problem);
        Assert.Empty(plan!.Rejected);
        var li = plan.Members[0];
        Assert.Equal(("BJ-1", "Li, Na \"Nana\"", "13800000001", "朝阳区总工会/甲公司工会", (DateOnly?)null), (li.MemberNumber, li.Name, li.Phone, li.Unit, li.JoinedOn));
        Assert.Equal("BJ-2", plan.Members[1].MemberNumber);
    }

    [Fact]
    public void Row_numbers_are_spreadsheet_rows_even_after_a_cell_with_a_line_break()
    {
        var csv = "会员号,姓名,手机号,工会,备注\r\nBJ-1,李娜,13800000001,甲,\"两行\r\n备注\"\r\nBJ-2,王芳,123,甲,\r\n";

        var (plan, _) = RosterCsvParser.Parse(new CsvText(csv, Guessed: false));

        Assert.Equal(3, plan!.Rejected.Single().Line);
    }

    [Fact]
    public void A_gbk_file_from_excel_is_read_when_its_header_is_recognised()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var bytes = gb.GetBytes("会员号,姓名,手机号,工会\r\nBJ-1,李娜,13800000001,朝阳区总工会\r\n");

        var text = CsvDecoder.Decode(bytes, null);
        var (plan, problem) = RosterCsvParser.Parse(text!);

        Assert.True(text!.Guessed);
        Assert.Null(problem);
        Assert.Equal("李娜", plan!.Members.Single().Name);
    }

    [Fact]
    public void Files_that_are_not_utf8_csv_are_refused_with_what_to_do()
    {
        var latin1 = Encoding.Latin1.GetBytes("Mitglied,Name,Telefon,Einheit\r\nBJ-1,Jürgen,13800000001,Köln\r\n");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("会员号\t姓名\r\n")).ToArray();

        var fromLatin1 = CsvDecoder.Decode(latin1, null) is { } text ? RosterCsvParser.Parse(text).Problem : RosterCsvParser.SaveAsUtf8;

        Assert.Equal(RosterCsvParser.SaveAsUtf8, fromLatin1);
        Assert.Null(CsvDecoder.Decode(utf16, null));
        Assert.Null(CsvDecoder.Decode(latin1, "utf-8"));
    }

    [Fact]
    public void A_missing_header_or_an_unclosed_quote_refuses_the_whole_file()
    {
        var (noHeader, headerProblem) = RosterCsvParser.Parse(new CsvText("BJ-1,李娜,13800000001,甲\r\n", Guessed: false));
        var (unclosed, quoteProblem) = RosterCsvParser.Parse(new CsvText("会员号,姓名,手机号,工会\r\nBJ-1,\"李娜,13800000001,甲\r\nBJ-2,王芳,13800000002,甲\r\n", Guessed: false));

        Assert.Null(noHeader);
        Assert.Contains("会员号,姓名,手机号,工会", headerProblem, StringComparison.Ordinal);
        Assert.Null(unclosed);
        Assert.Contains("第 2 行", quoteProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_WeCom_account_a_row_above_already_gave_is_rejected_with_both_rows_named()
    {
        var csv = "会员号,姓名,手机号,工会,企业微信账号\nBJ-1,李娜,13800000001,甲,lina\nBJ-2,王芳,13800000002,甲,lina\nBJ-3,张伟,13800000003,甲,\nBJ-4,赵敏,13800000004,甲,\n";

        var (plan, problem) = RosterCsvParser.Parse(CsvDecoder.Decode(Encoding.UTF8.GetBytes(csv), "utf-8")!);

        Assert.Null(problem);
        Assert.Equal(["BJ-1", "BJ-3", "BJ-4"], plan!.Members.Select(m => m.MemberNumber)); // empty cells are no account
        var rejected = Assert.Single(plan.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Contains("企业微信账号 lina 与第 2 行重复", rejected.Reason, StringComparison.Ordinal);
    }
}
