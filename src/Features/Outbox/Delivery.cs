using EngageBot.Core.State;

namespace EngageBot.Features.Outbox;

/// <summary>One recipient of one firing: what became of their message, when, after how many tries, and why it failed.</summary>
public sealed record Delivery(long Id, MemberKey MemberKey, string? FiringId, DeliveryStatus Status, string? Reason, int Attempts, DateTimeOffset UpdatedAt);
