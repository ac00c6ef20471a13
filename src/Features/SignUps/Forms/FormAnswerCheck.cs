using System.Globalization;
using System.Text;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// Reads one typed answer for one field: the stored value (trimmed; numbers as plain digits; phones as digits
/// only; choices as the option itself), or what to type instead, in both languages. The same rules for chat,
/// the member page and the staff API.
/// </summary>
public static class FormAnswerCheck
{
    public static (string? Value, Localized? Error) Check(FormField field, string? text)
    {
        var answer = Narrow(text ?? string.Empty).Trim();
        if (answer.Length == 0)
        {
            return (null, field.Required ? FormTexts.Required(field) : null);
        }

        return field.Kind switch
        {
            FormFieldKind.Number => Number(field, answer),
            FormFieldKind.Phone => Phone(answer) is { } phone ? (phone, null) : (null, FormTexts.BadPhone),
            FormFieldKind.Choice => Option(field, answer) is { } option ? (option, null) : (null, FormTexts.BadChoice(field)),
            _ => answer.Length <= FormField.MaxTextLength && !answer.Any(char.IsControl)
                ? (answer, null)
                : (null, FormTexts.BadText(field)),
        };
    }

    /// <summary>
    /// All answers of a form at once (the member page, the staff API): every field checked, unknown keys refused.
    /// Returns the answers to store, or the errors by field key.
    /// </summary>
    public static (Dictionary<string, string>? Answers, Dictionary<string, Localized> Errors) CheckAll(
        IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?>? given)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, Localized>(StringComparer.Ordinal);
        foreach (var key in (given?.Keys ?? []).Where(k => !fields.Any(f => f.Key == k)))
        {
            errors[key] = FormTexts.UnknownField;
        }

        foreach (var field in fields)
        {
            var (value, error) = Check(field, given?.GetValueOrDefault(field.Key));
            if (error is not null)
            {
                errors[field.Key] = error;
            }
            else if (value is not null)
            {
                answers[field.Key] = value;
            }
        }

        return (errors.Count == 0 ? answers : null, errors);
    }

    private static (string?, Localized?) Number(FormField field, string answer) =>
        answer.Length <= 6 && answer.All(char.IsAsciiDigit)
            && int.Parse(answer, CultureInfo.InvariantCulture) is var n && n >= field.Lowest && n <= field.Highest
            ? (n.ToString(CultureInfo.InvariantCulture), null)
            : (null, FormTexts.BadNumber(field));

    /// <summary>A mainland mobile (11 digits from 13…) or a landline with area code; "+86", spaces and dashes are dropped.</summary>
    private static string? Phone(string answer)
    {
        var digits = new string([.. answer.Where(c => c is not (' ' or '-' or '(' or ')'))]);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var mobile = digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9';
        var landline = digits.Length is >= 10 and <= 12 && digits[0] == '0';
        return mobile || landline ? digits : null;
    }

    /// <summary>An option by its text (any case) or its number ("2").</summary>
    private static string? Option(FormField field, string answer)
    {
        var options = field.Options ?? [];
        if (answer.All(char.IsAsciiDigit) && answer.Length <= 2)
        {
            var n = int.Parse(answer, CultureInfo.InvariantCulture);
            return n >= 1 && n <= options.Count ? options[n - 1] : null;
        }

        return options.FirstOrDefault(o => string.Equals(o, answer, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Full-width digits and signs (１２，＋) as typed on Chinese keyboards, read as ASCII.</summary>
    private static string Narrow(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }

        return builder.ToString();
    }
}
