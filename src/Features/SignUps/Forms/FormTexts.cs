using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>What the sign-up form says, in both languages; every error says what to type next.</summary>
public static class FormTexts
{
    /// <summary>Words that leave an optional field empty (a polite "no thanks" too: the member declines the field, not the sign-up).</summary>
    public static readonly string[] SkipWords = ["跳过", "无", "没有", "不填", "skip", "skip it", "none", "n/a", "-", "no thanks", "no thank you", "pass"];

    /// <summary>True when <paramref name="text"/> is one of the <see cref="SkipWords"/> (a closing full stop or "!" aside).</summary>
    public static bool IsSkip(string text) =>
        SkipWords.Contains(text.Trim().TrimEnd('。', '.', '!', '！', '，', ',').Trim(), StringComparer.OrdinalIgnoreCase);

    public const string SkipValue = "-skip-";

    public static readonly Localized Skip = new("跳过", "Skip");

    public static readonly Localized BadPhone = new(
        "手机号格式不对，请输入 11 位手机号，例如 13812345678（座机请带区号，如 01062345678）。",
        "That doesn't look like a phone number. Please type an 11-digit mobile number, e.g. 13812345678 (a landline with its area code, e.g. 01062345678).");

    public static readonly Localized UnknownField = new("这个活动没有这一项。", "This activity's form has no such field.");

    public static readonly Localized EditButton = new("修改报名信息", "Change my details");

    public static readonly Localized NotSignedUp = new(
        "您还没有报名这个活动，无法修改报名信息。发送“我的报名”查看您的报名。",
        "You're not signed up for this activity, so there's nothing to change. Send \"my sign-ups\" to see yours.");

    public static readonly Localized NoForm = new("这个活动不需要填写报名信息。", "This activity has no sign-up form to fill in.");

    public static Localized Required(FormField field) => new(
        $"“{field.Label}”是必填项，请输入{field.Label}。",
        $"“{field.LabelFor(Language.English)}” is required; please type it.");

    public static Localized BadNumber(FormField field) => new(
        $"请输入 {field.Lowest} 到 {field.Highest} 之间的整数，例如 {Math.Min(field.Highest, Math.Max(field.Lowest, 1))}。",
        $"Please type a whole number from {field.Lowest} to {field.Highest}, e.g. {Math.Min(field.Highest, Math.Max(field.Lowest, 1))}.");

    public static Localized BadChoice(FormField field) => new(
        $"请从以下选项中选择（可回复序号）：{string.Join("、", field.Options ?? [])}。",
        $"Please pick one of these (or reply with its number): {string.Join(", ", field.Options ?? [])}.");

    public static Localized BadText(FormField field) => new(
        $"请用不超过 {FormField.MaxTextLength} 个字填写“{field.Label}”。",
        $"Please keep “{field.LabelFor(Language.English)}” under {FormField.MaxTextLength} characters.");

    /// <summary>The question for one field: its label, its place in the form and how to answer it.</summary>
    public static Localized Ask(FormField field, int index, int count)
    {
        var (zhHint, enHint) = field.Kind switch
        {
            FormFieldKind.Number => ($"（请输入 {field.Lowest}–{field.Highest} 的数字）", $" (a number from {field.Lowest} to {field.Highest})"),
            FormFieldKind.Phone => ("（11 位手机号）", " (an 11-digit mobile number)"),
            FormFieldKind.Choice => ("，请选择：", ". Pick one:"),
            _ => (string.Empty, string.Empty),
        };
        var (zhSkip, enSkip) = field.Required || field.Kind == FormFieldKind.Choice
            ? (string.Empty, string.Empty)
            : ("（选填，可发送“跳过”）", " (optional: send \"skip\" to leave it out)");
        return new(
            $"报名信息 {index + 1}/{count}：请填写{field.Label}{zhHint}{zhSkip}",
            $"Sign-up details {index + 1}/{count}: {field.LabelFor(Language.English)}{enHint}{enSkip}");
    }

    public static Localized Changed(string zhTitle, string enTitle) => new(
        $"已更新您在{zhTitle}的报名信息。",
        $"Your details for {enTitle} are updated.");

    public static Localized ChangeClosed(string zhTitle, string enTitle) => new(
        $"{zhTitle}已过报名截止时间，报名信息不能再修改了。如需更正，请联系工会工作人员。",
        $"Sign-up for {enTitle} has closed, so the details can't be changed any more. Please contact the union staff to correct them.");

    /// <summary>The answers as one line, e.g. "部门：技术部；家属人数：2".</summary>
    public static string Summary(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string>? answers, Language language) =>
        string.Join(language == Language.English ? "; " : "；", fields
            .Where(f => answers?.ContainsKey(f.Key) == true)
            .Select(f => $"{f.LabelFor(language)}{(language == Language.English ? ": " : "：")}{answers![f.Key]}"));
}
