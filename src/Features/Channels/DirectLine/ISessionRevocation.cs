namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Whether a well-signed, unexpired token still speaks for its user: a member who signed out everywhere or was
/// deactivated has tokens that are valid by signature alone. The members feature answers it.
/// </summary>
public interface ISessionRevocation
{
    ValueTask<bool> IsCurrentAsync(DirectLineTokenClaims claims, CancellationToken cancellationToken);
}
