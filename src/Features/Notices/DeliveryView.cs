namespace EngageBot.Features.Notices;

/// <summary>One recipient's delivery: who (member key), which firing, its status, when it last changed, tries, and why it failed.</summary>
public sealed record DeliveryView(string Member, string? Firing, string Status, DateTimeOffset At, int Attempts, string? Reason);
