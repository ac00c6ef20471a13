using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// One question of an activity's sign-up form (部门, 家属人数, 尺码…). <see cref="Key"/> names the answer and stays
/// the same when staff reword the label; <see cref="Options"/> are a choice field's options; a number field takes
/// whole numbers from <see cref="Min"/> (default 0) to <see cref="Max"/> (default 99).
/// </summary>
public sealed record FormField(
    string Key,
    string Label,
    string? LabelEn,
    FormFieldKind Kind,
    bool Required,
    IReadOnlyList<string>? Options = null,
    int? Min = null,
    int? Max = null)
{
    public const int DefaultMax = 99;

    /// <summary>Longest text answer: a department or a note, not an essay.</summary>
    public const int MaxTextLength = 50;

    public int Lowest => Min ?? 0;

    public int Highest => Max ?? DefaultMax;

    public string LabelFor(Core.Turns.Language language) =>
        language == Core.Turns.Language.English && !string.IsNullOrWhiteSpace(LabelEn) ? LabelEn : Label;
}

/// <summary>What kind of answer a form field takes (written as text, number, choice, phone).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FormFieldKind>))]
public enum FormFieldKind
{
    [JsonStringEnumMemberName("text")]
    Text,
    [JsonStringEnumMemberName("number")]
    Number,
    [JsonStringEnumMemberName("choice")]
    Choice,
    [JsonStringEnumMemberName("phone")]
    Phone,
}
