namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Why a token was refused.</summary>
public enum TokenFailure
{
    None,
    Invalid,
    Expired,
}
