namespace EngageBot.Features.Staff;

/// <summary>Names of the staff authentication scheme and authorization policies.</summary>
public static class StaffAuthentication
{
    /// <summary>The bearer-token scheme; a cookie scheme for the staff console can join it in the policies.</summary>
    public const string BearerScheme = "StaffBearer";

    /// <summary>Any staff account (admin or staff).</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Admins only (managing staff accounts).</summary>
    public const string AdminPolicy = "StaffAdmin";

    public const string AdminRole = "admin";

    public const string StaffRole = "staff";
}
