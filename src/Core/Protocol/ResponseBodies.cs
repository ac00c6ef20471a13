namespace EngageBot.Core.Protocol;

/// <summary>The body of a deliveryMode "expectReplies" turn: the replies instead of Connector calls.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>What a Connector or Direct Line answers for a posted activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Error body shared by the Connector and Direct Line APIs: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);
