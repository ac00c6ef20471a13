using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EngageBot.Features.Staff;

/// <summary>Adds the staff bearer scheme to the OpenAPI document and requires it on every admin operation but sign-in.</summary>
public sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "EngageBot admin API";
        document.Info.Description = "Staff API. Get a token from POST /api/admin/token and send it as Authorization: Bearer <token>. "
            + "The staff console calls the same API with its sign-in cookie and an X-CSRF-TOKEN header.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A staff token from POST /api/admin/token (valid for eight hours).",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        foreach (var (path, item) in document.Paths)
        {
            if (path == StaffModule.AdminPrefix + "/token" || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
