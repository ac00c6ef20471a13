namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Who is calling: the secret holder (any conversation) or a token's user (its one conversation).</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineTokenClaims? Token)
{
    public bool CanAccess(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);

    /// <summary>The key rate limits count against: one per token identity.</summary>
    public string RateKey => IsSecret ? "secret" : Token!.ConversationId + "\n" + Token.UserId;
}
