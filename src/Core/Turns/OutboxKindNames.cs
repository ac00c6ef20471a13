namespace EngageBot.Core.Turns;

/// <summary>The outbox's <c>kind</c> column values.</summary>
public static class OutboxKindNames
{
    public static string Name(this OutboxKind kind) => kind switch
    {
        OutboxKind.Notice => "notice",
        OutboxKind.SignUpPromoted => "signup_promoted",
        OutboxKind.SignUpCancelled => "signup_cancelled",
        OutboxKind.ActivityChanged => "activity_changed",
        OutboxKind.Message => "message",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static OutboxKind Parse(string name) => name switch
    {
        "notice" => OutboxKind.Notice,
        "signup_promoted" => OutboxKind.SignUpPromoted,
        "signup_cancelled" => OutboxKind.SignUpCancelled,
        "activity_changed" => OutboxKind.ActivityChanged,
        "message" => OutboxKind.Message,
        _ => throw new FormatException($"Unknown outbox kind '{name}'."),
    };
}
