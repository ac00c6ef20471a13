namespace EngageBot.Features.Notices;

/// <summary>A page of a notice's deliveries; <see cref="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record DeliveryPage(IReadOnlyList<DeliveryView> Deliveries, long? Next);
