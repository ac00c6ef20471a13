using System.Globalization;
using System.Text.RegularExpressions;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// WeChat's documented limits on a subscription notice's (and a category template's) values, by the key's kind —
/// the key without its number (<c>thing1</c> → thing): 参数值内容限制说明 of /cgi-bin/message/subscribe/bizsend. WeChat
/// refuses a message whose value breaks them (47003), so a mapping is checked before it is saved. Keys of other kinds
/// (a classic template's first/keyword1/remark) have no documented limit and only must not be empty.
/// </summary>
public static partial class TemplateValueRules
{
    private const string Date = @"(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})";
    private const string Clock = @"([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?";

    /// <summary>The key's kind: its name without the trailing number.</summary>
    public static string KindOf(string key) => key.TrimEnd("0123456789".ToCharArray());

    /// <summary>What is wrong with <paramref name="value"/> for <paramref name="key"/> (Chinese, then English); null when it fits.</summary>
    public static string? Problem(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{key} 没有内容可填。 / {key} would be empty.";
        }

        var length = new StringInfo(value).LengthInTextElements;
        return KindOf(key) switch
        {
            "thing" => length <= 20 ? null : TooLong(key, 20, length, "字符", "characters"),
            "number" => NumberPattern().IsMatch(value) && length <= 32 ? null : Format(key, "32 位以内数字（可带小数）", "up to 32 digits, decimals allowed"),
            "letter" => LetterPattern().IsMatch(value) && length <= 32 ? null : Format(key, "32 个以内字母", "up to 32 letters"),
            "symbol" => SymbolPattern().IsMatch(value) && length <= 5 ? null : Format(key, "5 个以内符号", "up to 5 symbols"),
            "character_string" => CharacterStringPattern().IsMatch(value) && length <= 32 ? null
                : Format(key, "32 位以内数字、字母或符号", "up to 32 digits, letters or symbols"),
            "time" => TimePattern().IsMatch(value) ? null : Format(key, "24 小时制时间，可带年月日，例如 15:01 或 2019年10月1日 15:01", "a 24-hour time, optionally with the date, e.g. 15:01 or 2019年10月1日 15:01"),
            "date" => DatePattern().IsMatch(value) ? null : Format(key, "年月日，可带时间，例如 2019年10月1日 或 2019年10月1日 15:01", "a date, optionally with the time, e.g. 2019年10月1日"),
            "amount" => AmountPattern().IsMatch(value) ? null : Format(key, "一个币种符号加 10 位以内数字，可带小数，结尾可带“元”", "a currency sign and up to 10 digits"),
            "phone_number" => PhonePattern().IsMatch(value) ? null : Format(key, "17 位以内数字和符号", "up to 17 digits and symbols"),
            "car_number" => length <= 8 ? null : TooLong(key, 8, length, "位", "characters"),
            "name" => NameFits(value, length) ? null : Format(key, "10 个以内汉字或 20 个以内字母", "up to 10 Chinese characters or 20 letters"),
            "phrase" => PhrasePattern().IsMatch(value) ? null
                : Format(key, $"5 个以内纯汉字，这里是“{Shorten(value)}”", "up to 5 Chinese characters only"),
            _ => null,
        };
    }

    private static bool NameFits(string value, int length) =>
        value.Any(c => c >= '\u4e00' && c <= '\u9fff') ? length <= 10 : length <= 20;

    private static string TooLong(string key, int limit, int length, string unitZh, string unitEn) =>
        $"{key} 最多 {limit} 个{unitZh}，这里有 {length} 个。 / {key} takes at most {limit} {unitEn}; this is {length}.";

    private static string Format(string key, string zh, string en) => $"{key} 须为{zh}。 / {key} must be {en}.";

    private static string Shorten(string value) => value.Length <= 12 ? value : value[..12] + "…";

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[A-Za-z]+$")]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^[^\p{L}\p{N}\p{C}\s]+$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^[\x21-\x7e]+$")]
    private static partial Regex CharacterStringPattern();

    [GeneratedRegex("^" + "(" + Date + @"\s*)?" + Clock + @"(\s*~\s*(" + Date + @"\s*)?" + Clock + ")?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex("^" + Date + @"(\s*" + Clock + @")?(\s*~\s*" + Date + @"(\s*" + Clock + ")?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^[\d+\-() ]{1,17}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,5}$")]
    private static partial Regex PhrasePattern();
}
