using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// <c>GET/PUT /api/admin/activities/{id}/form</c>: the fields an activity's sign-up asks for. Rosters and their CSV
/// carry the answers (<see cref="Admin.ActivityAdminEndpoints"/>).
/// </summary>
public static class FormAdminEndpoints
{
    public static IEndpointRouteBuilder MapFormAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/activities").WithTags("Activities");
        group.MapGet("/{id}/form", GetAsync).WithSummary("The activity's sign-up form").Produces<FormResponse>();
        group.MapPut("/{id}/form", PutAsync).WithSummary("Replace the sign-up form (fields: [] removes it)")
            .Accepts<FormRequest>("application/json").Produces<FormResponse>().ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> GetAsync(string id, ActivityStore activities, FormStore forms, CancellationToken cancellationToken) =>
        await activities.GetAsync(id, cancellationToken) is null
            ? NoActivity(id)
            : Results.Json(new FormResponse(id, await forms.GetFieldsAsync(id, cancellationToken)), FormAdminJson.Api.FormResponse);

    private static async Task<IResult> PutAsync(
        string id, HttpRequest request, ActivityStore activities, FormStore forms, CancellationToken cancellationToken)
    {
        if (await activities.GetAsync(id, cancellationToken) is not { } activity)
        {
            return NoActivity(id);
        }

        var (body, problem) = await JsonBody.ReadAsync(request, FormAdminJson.Api.FormRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (fields, errors) = FormRequestValidator.Validate(body);
        if (fields is null)
        {
            return Results.ValidationProblem(errors);
        }

        if (activity.Status == ActivityStatus.Cancelled)
        {
            return Results.Problem(title: "Conflict", detail: "The activity is cancelled and can no longer change.", statusCode: StatusCodes.Status409Conflict);
        }

        await forms.SetFieldsAsync(id, fields, cancellationToken);
        return Results.Json(new FormResponse(id, fields), FormAdminJson.Api.FormResponse);
    }

    private static IResult NoActivity(string id) => JsonBody.NotFound($"There is no activity with id '{id}'.");
}
