namespace EngageBot.Bot.Groups;

/// <summary>
/// The seam the admin endpoints ask "is this union staff?". The staff sign-in feature replaces the default
/// (<see cref="StaffKeyAuthorization"/>) by registering its own implementation.
/// </summary>
public interface IStaffAuthorization
{
    /// <summary>The staff member's id, or null when the request is not from staff.</summary>
    Task<string?> AuthorizeAsync(HttpRequest request, CancellationToken cancellationToken);
}
