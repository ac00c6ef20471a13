namespace EngageBot.Features.Knowledge;

/// <summary>Who can help with a question the bot cannot answer.</summary>
public enum Referral
{
    /// <summary>Nothing union- or work-related: the bot just says what it can help with.</summary>
    None,

    /// <summary>A work or labour matter: the 12351 worker service hotline.</summary>
    Hotline12351,

    /// <summary>A union matter the knowledge base does not cover: the member's union office.</summary>
    UnionOffice,
}
