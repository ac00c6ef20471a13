using System.Text.Json.Serialization;

namespace EngageBot.Features.Notices;

/// <summary>Receipts' JSON: the confirm button's value and the report API; camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReceiptValue))]
[JsonSerializable(typeof(ReceiptPage))]
[JsonSerializable(typeof(ReminderRound))]
public sealed partial class ReceiptJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    public static ReceiptJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}

/// <summary>Where a member stands with a notice that asks for receipts.</summary>
public enum ReceiptState
{
    Confirmed,
    Unconfirmed,
    Failed,
    Pending,
    Skipped,
}

/// <summary>One member in the receipts report: who, their state, when they confirmed and how (button or text).</summary>
public sealed record ReceiptRow(string Member, string? MemberNumber, string? Name, string State, DateTimeOffset At, DateTimeOffset? ConfirmedAt, string? Via, string? Reason);

/// <summary>A page of the report; <see cref="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record ReceiptPage(IReadOnlyList<ReceiptRow> Members, long? Next);

/// <summary>A reminder round: its id (the reminder notice; null when everyone had confirmed) and how many members it reminds.</summary>
public sealed record ReminderRound(string? Id, long Reminded);

/// <summary>A member's confirmation of one notice.</summary>
public sealed record Receipt(string NoticeId, DateTimeOffset ConfirmedAt, string Via);
