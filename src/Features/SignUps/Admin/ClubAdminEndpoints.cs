using System.Security.Cryptography;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.Admin;

/// <summary>Clubs for staff under <c>/api/admin/clubs</c>: list, create, update, close (history is kept).</summary>
public static class ClubAdminEndpoints
{
    public static IEndpointRouteBuilder MapClubAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/clubs").WithTags("Clubs");
        group.MapGet("/", ListAsync).WithSummary("Clubs (?includeClosed=true for closed ones too)");
        group.MapPost("/", CreateAsync).WithSummary("Create a club → 201").Accepts<ClubRequest>("application/json").ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithSummary("One club");
        group.MapPut("/{id}", UpdateAsync).WithSummary("Change a club's details").Accepts<ClubRequest>("application/json").ProducesValidationProblem();
        group.MapPost("/{id}/close", CloseAsync).WithSummary("Close a club: it takes no new activities");
        return app;
    }

    private static async Task<IResult> ListAsync(bool? includeClosed, ClubStore clubs, CancellationToken cancellationToken)
    {
        var list = await clubs.ListAsync(includeClosed == true, cancellationToken);
        return Results.Json(list.Select(c => c.ToResponse()).ToList(), SignUpAdminJson.Default.ListClubResponse);
    }

    private static async Task<IResult> GetAsync(string id, ClubStore clubs, CancellationToken cancellationToken) =>
        await clubs.GetAsync(id, cancellationToken) is { } club
            ? Results.Json(club.ToResponse(), SignUpAdminJson.Default.ClubResponse)
            : NoClub(id);

    private static async Task<IResult> CreateAsync(HttpRequest request, ClubStore clubs, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, SignUpAdminJson.Default.ClubRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var id = string.IsNullOrWhiteSpace(body.Id) ? "club-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) : body.Id.Trim();
        if (Validate(body, id) is { } invalid)
        {
            return invalid;
        }

        var club = ToRecord(id, body, active: true);
        if (!await clubs.TryCreateAsync(club, cancellationToken))
        {
            return Results.Problem(title: "Conflict", detail: $"A club with id '{id}' already exists.", statusCode: StatusCodes.Status409Conflict);
        }

        return Results.Json(club.ToResponse(), SignUpAdminJson.Default.ClubResponse, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, ClubStore clubs, CancellationToken cancellationToken)
    {
        var current = await clubs.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return NoClub(id);
        }

        var (body, problem) = await JsonBody.ReadAsync(request, SignUpAdminJson.Default.ClubRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (Validate(body, id) is { } invalid)
        {
            return invalid;
        }

        var club = ToRecord(id, body, current.IsActive);
        return await clubs.UpdateAsync(club, cancellationToken)
            ? Results.Json(club.ToResponse(), SignUpAdminJson.Default.ClubResponse)
            : NoClub(id);
    }

    private static async Task<IResult> CloseAsync(string id, ClubStore clubs, CancellationToken cancellationToken)
    {
        var current = await clubs.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return NoClub(id);
        }

        var closed = current with { IsActive = false };
        await clubs.UpdateAsync(closed, cancellationToken);
        return Results.Json(closed.ToResponse(), SignUpAdminJson.Default.ClubResponse);
    }

    private static IResult? Validate(ClubRequest body, string id)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ActivityRequestValidator.IsId(id))
        {
            errors["id"] = ["id may hold letters, digits, '-' and '_' (1–64 characters)."];
        }

        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > 100)
        {
            errors["name"] = ["name is required (at most 100 characters)."];
        }

        foreach (var (field, value) in new[] { ("nameEn", body.NameEn), ("schedule", body.Schedule), ("place", body.Place), ("contact", body.Contact) })
        {
            if (value is { Length: > 200 })
            {
                errors[field] = [$"{field} is at most 200 characters."];
            }
        }

        foreach (var (field, value) in new[] { ("description", body.Description), ("descriptionEn", body.DescriptionEn) })
        {
            if (value is { Length: > 2000 })
            {
                errors[field] = [$"{field} is at most 2000 characters."];
            }
        }

        return errors.Count == 0 ? null : Results.ValidationProblem(errors);
    }

    private static ClubRecord ToRecord(string id, ClubRequest body, bool active) => new(
        id, body.Name!.Trim(), Clean(body.NameEn), Clean(body.Description), Clean(body.DescriptionEn),
        Clean(body.Schedule), Clean(body.Place), Clean(body.Contact), active);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IResult NoClub(string id) => JsonBody.NotFound($"There is no club with id '{id}'.");
}
