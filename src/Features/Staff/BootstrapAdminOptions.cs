namespace EngageBot.Features.Staff;

/// <summary><c>Staff:BootstrapAdmin:UserName</c> and <c>…:Password</c>: the first admin account.</summary>
public sealed class BootstrapAdminOptions
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
