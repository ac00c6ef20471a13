using System.Text.RegularExpressions;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Staff;

/// <summary><c>/api/admin/staff</c>: admins list and create staff accounts.</summary>
public static partial class StaffAccountEndpoints
{
    public static IEndpointRouteBuilder MapStaffAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/staff").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("Staff");
        group.MapGet("/", ListAsync).WithSummary("Staff accounts (admins only)");
        group.MapPost("/", CreateAsync).WithSummary("Create a staff account (admins only) → 201").Accepts<CreateStaffRequest>("application/json").ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ListAsync(StaffStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accounts = await store.ListAsync(cancellationToken);
        return Results.Json(accounts.Select(a => ToResponse(a, now)).ToList(), StaffJson.Default.ListStaffAccountResponse);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, StaffStore store, PasswordHasher hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, StaffJson.Default.CreateStaffRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var userName = body.UserName?.Trim() ?? string.Empty;
        if (!UserNamePattern().IsMatch(userName))
        {
            errors["userName"] = ["userName: 2–64 letters, digits, '.', '-', '_' or '@'."];
        }

        if (body.Password is not { Length: >= PasswordHasher.MinimumPasswordLength and <= 256 })
        {
            errors["password"] = [$"password: {PasswordHasher.MinimumPasswordLength} to 256 characters."];
        }

        if (body.Role is not (null or StaffAuthentication.StaffRole or StaffAuthentication.AdminRole))
        {
            errors["role"] = ["role: \"staff\" or \"admin\"."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var account = new StaffAccount(Guid.NewGuid().ToString("N"), userName, hasher.Hash(body.Password!),
            body.Role == StaffAuthentication.AdminRole ? StaffRole.Admin : StaffRole.Staff, clock.GetUtcNow(), 0, null);
        if (!await store.TryCreateAsync(account, cancellationToken))
        {
            return Results.Problem(title: "Conflict", detail: $"The user name '{userName}' is taken.", statusCode: StatusCodes.Status409Conflict);
        }

        return Results.Json(ToResponse(account, clock.GetUtcNow()), StaffJson.Default.StaffAccountResponse, statusCode: StatusCodes.Status201Created);
    }

    private static StaffAccountResponse ToResponse(StaffAccount account, DateTimeOffset now) =>
        new(account.Id, account.UserName, StaffStore.RoleName(account.Role), account.CreatedAt, account.IsLockedOut(now));

    [GeneratedRegex(@"^[A-Za-z0-9._@-]{2,64}$")]
    private static partial Regex UserNamePattern();
}
