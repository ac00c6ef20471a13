namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// <c>PUT /api/admin/activities/{id}/form</c>: the fields in order. <c>kind</c> is text, number, choice or phone;
/// <c>key</c> may be left out (f1, f2, … by position); <c>options</c> only for choice; <c>min</c>/<c>max</c> only for number.
/// </summary>
public sealed record FormRequest(IReadOnlyList<FormFieldRequest>? Fields);

/// <summary>One field as staff send it.</summary>
public sealed record FormFieldRequest(
    string? Key,
    string? Label,
    string? LabelEn,
    string? Kind,
    bool? Required,
    IReadOnlyList<string>? Options,
    int? Min,
    int? Max);

/// <summary>An activity's form as the API shows it.</summary>
public sealed record FormResponse(string ActivityId, IReadOnlyList<FormField> Fields);
