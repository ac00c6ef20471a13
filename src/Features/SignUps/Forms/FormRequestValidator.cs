using System.Text.RegularExpressions;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>Checks a form staff send: at most 10 fields, short labels, known kinds, distinct keys, 2–10 options for a choice.</summary>
public static partial class FormRequestValidator
{
    public const int MaxFields = 10;

    public static (List<FormField>? Fields, Dictionary<string, string[]> Errors) Validate(FormRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var given = request.Fields ?? [];
        if (request.Fields is null)
        {
            errors["fields"] = ["Send \"fields\": a list (empty to remove the form)."];
        }
        else if (given.Count > MaxFields)
        {
            errors["fields"] = [$"At most {MaxFields} fields."];
        }

        var fields = new List<FormField>();
        for (var i = 0; i < given.Count && i < MaxFields; i++)
        {
            var at = $"fields[{i}]";
            var f = given[i];
            var key = string.IsNullOrWhiteSpace(f.Key) ? $"f{i + 1}" : f.Key.Trim();
            if (!Key().IsMatch(key))
            {
                errors[at + ".key"] = ["Use 1–20 lower-case letters, digits or _ (or leave it out)."];
            }
            else if (fields.Exists(x => x.Key == key))
            {
                errors[at + ".key"] = [$"Another field already has the key '{key}'."];
            }

            var label = f.Label?.Trim() ?? string.Empty;
            if (label.Length is 0 or > 20 || label.Any(char.IsControl))
            {
                errors[at + ".label"] = ["Give a label of 1–20 characters, e.g. 部门."];
            }

            if (f.LabelEn?.Trim() is { Length: > 40 })
            {
                errors[at + ".labelEn"] = ["At most 40 characters."];
            }

            FormFieldKind? kind = f.Kind?.Trim().ToLowerInvariant() switch
            {
                "text" => FormFieldKind.Text,
                "number" => FormFieldKind.Number,
                "choice" => FormFieldKind.Choice,
                "phone" => FormFieldKind.Phone,
                _ => null,
            };
            if (kind is null)
            {
                errors[at + ".kind"] = ["Use text, number, choice or phone."];
            }

            var options = f.Options?.Select(o => o?.Trim() ?? string.Empty).ToList();
            if (kind == FormFieldKind.Choice
                && (options is null || options.Count is < 2 or > 10 || options.Exists(o => o.Length is 0 or > 20)
                    || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count || options.Exists(o => o.All(char.IsAsciiDigit))))
            {
                errors[at + ".options"] = ["A choice needs 2–10 distinct options of 1–20 characters (not bare numbers), e.g. [\"S\",\"M\",\"L\"]."];
            }

            if (kind == FormFieldKind.Number && (f.Min is < 0 || f.Max is > 9999 || (f.Min ?? 0) > (f.Max ?? FormField.DefaultMax)))
            {
                errors[at + ".max"] = ["Numbers go from min to max within 0–9999, min not above max."];
            }

            if (kind is { } k)
            {
                fields.Add(new FormField(key, label, string.IsNullOrWhiteSpace(f.LabelEn) ? null : f.LabelEn.Trim(), k, f.Required ?? false,
                    k == FormFieldKind.Choice ? options : null,
                    k == FormFieldKind.Number ? f.Min : null,
                    k == FormFieldKind.Number ? f.Max : null));
            }
        }

        return (errors.Count == 0 ? fields : null, errors);
    }

    [GeneratedRegex("^[a-z0-9_]{1,20}$")]
    private static partial Regex Key();
}
