namespace EngageBot.Bot.Groups;

/// <summary><c>Staff:ApiKey</c>: the shared key the admin API accepts until staff sign-in exists; empty disables the admin API.</summary>
public sealed class StaffKeyOptions
{
    public string? ApiKey { get; set; }
}
