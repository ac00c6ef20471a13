using System.Globalization;

namespace EngageBot.Features.Members.Roster;

/// <summary>
/// The one place that decides whether staff-given details make a roster member: the import and the edit form
/// both use it, so a row the import accepts is one the form accepts too.
/// </summary>
public static class MemberDetailsRules
{
    // How Excel writes a date cell into CSV in Chinese and other locales, and how people type one.
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <summary>The member (active, new sessions) or the problems found; never both.</summary>
    public static (RosterMember? Member, IReadOnlyList<FieldProblem> Problems) Check(MemberDetails details)
    {
        var problems = new List<FieldProblem>();
        if (!MemberIdentity.IsMemberNumber(details.MemberNumber))
        {
            problems.Add(new("memberNumber", "会员号只能包含字母、数字和“-”，最长 32 位", "the member number may hold letters, digits and '-' (up to 32)"));
        }

        var name = details.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MemberIdentity.MaxNameLength || name.Any(char.IsControl))
        {
            problems.Add(new("name", $"姓名不能为空，最多 {MemberIdentity.MaxNameLength} 个字", $"the name must not be empty (up to {MemberIdentity.MaxNameLength} characters)"));
        }

        var phone = PhoneNumber.Normalize(details.Phone);
        if (phone is null)
        {
            problems.Add(new("phone", "手机号应为 11 位大陆手机号（1 开头，第二位 3–9）", "the phone must be an 11-digit mainland mobile number (1[3-9]…)"));
        }

        var unit = UnitPath.Normalize(details.Unit);
        if (unit is null)
        {
            problems.Add(new("unit", $"工会不能为空，用“/”分隔上下级，最长 {UnitPath.MaxLength} 个字", $"the unit must not be empty: levels separated by '/' (up to {UnitPath.MaxLength} characters)"));
        }

        DateOnly? joined = null;
        if (!string.IsNullOrWhiteSpace(details.JoinedOn))
        {
            if (DateOnly.TryParseExact(details.JoinedOn.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                joined = date;
            }
            else
            {
                problems.Add(new("joinedOn", "入会日期应写成 2019-03-01 或 2019/3/1", "the joined date must look like 2019-03-01 or 2019/3/1"));
            }
        }

        var wecom = string.IsNullOrWhiteSpace(details.WeComUserId) ? null : details.WeComUserId.Trim();
        if (wecom is not null && !IsWeComUserId(wecom))
        {
            problems.Add(new("wecomUserId", "企业微信账号只能包含字母、数字和 _ - . @，最长 64 位", "the WeCom userid may hold letters, digits and _ - . @ (up to 64)"));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new RosterMember(SqlMemberRoster.Normalize(details.MemberNumber!), name, phone!, unit!, MemberStatus.Active, joined, 1) { WeComUserId = wecom }, []);
    }

    /// <summary>WeCom userids (账号): 1–64 letters, digits, '_', '-', '.', '@', as WeCom allows them.</summary>
    public static bool IsWeComUserId(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '@');
}
