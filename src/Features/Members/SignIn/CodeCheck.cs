namespace EngageBot.Features.Members.SignIn;

/// <summary>How a code someone typed compares with the pending one.</summary>
public enum CodeCheck
{
    /// <summary>Right, and now used up.</summary>
    Verified,

    /// <summary>Wrong; counted, and the pending code is void once the wrong guesses reach the limit.</summary>
    Wrong,

    /// <summary>No code pending: never sent, expired, used, or voided.</summary>
    NoCode,
}
