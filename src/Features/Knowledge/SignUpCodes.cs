using System.Buffers;
using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>The code of a check-in command ("签到 123456", "到门口了，码是 8816", "签到码三三九一"), on normalized text.</summary>
public static partial class SignUpCodes
{
    /// <summary>Chinese numerals as digits, with the ways digits are read out: 幺 for 1, 两 for 2, 洞 and 〇 for 0.</summary>
    private const string Numerals = "零〇洞幺一两二三四五六七八九";
    private const string NumeralDigits = "00011223456789";
    private static readonly SearchValues<char> NumeralChars = SearchValues.Create(Numerals);

    /// <summary>The check-in code (four to six digits, alone in the message) of a check-in command, or null.</summary>
    public static string? CheckInCode(string normalized) =>
        Code().Matches(Spoken(normalized)) is [var match] ? match.Value : null;

    /// <summary>
    /// A code written in Chinese numerals ("三三九一", "幺两三四五六") as digits: only a run of four to six numerals, so
    /// words with a numeral in them (一起, 三八节, 十一) stay as they are. Cheap when the text has no numeral.
    /// </summary>
    public static string Spoken(string normalized)
    {
        if (normalized.AsSpan().IndexOfAny(NumeralChars) < 0)
        {
            return normalized;
        }

        return NumeralRun().Replace(normalized, run => string.Concat(run.Value.Select(c => NumeralDigits[Numerals.IndexOf(c, StringComparison.Ordinal)])));
    }

    /// <summary>Digits typed or spoken apart ("3 3 9 1", "357 201") joined, when they make four to six digits.</summary>
    public static string Joined(string normalized) =>
        SpacedDigits().Replace(normalized, run => run.Value.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: >= 4 and <= 6 } digits ? digits : run.Value);

    [GeneratedRegex(@"(?<!\d)\d{4,6}(?!\d)")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![零〇洞幺一两二三四五六七八九])[零〇洞幺一两二三四五六七八九]{4,6}(?![零〇洞幺一两二三四五六七八九])")]
    private static partial Regex NumeralRun();

    [GeneratedRegex(@"(?<!\d)\d+(?: \d+)+(?!\d)")]
    private static partial Regex SpacedDigits();
}
