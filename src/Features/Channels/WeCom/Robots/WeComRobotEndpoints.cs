using System.Security.Claims;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// Group robots: <c>GET /api/admin/wecom/robots</c> (staff; names, never keys); for admins <c>PUT …/{name}</c> with the
/// webhook key (or URL) registers or re-keys one, <c>DELETE …/{name}</c> removes it. A registered robot is a conversation
/// notices can go to (<c>"audience":{"wecomRobots":[name]}</c>), so registering also stores its conversation reference.
/// </summary>
public static class WeComRobotEndpoints
{
    private const int MaxName = 50;

    public static IEndpointRouteBuilder MapWeComRobotsAdmin(this IEndpointRouteBuilder app)
    {
        // Staff pick robots as a notice's audience; only admins see to the webhook keys.
        var group = app.MapAdminGroup("/wecom/robots").WithTags("WeCom robots");
        group.MapGet("/", ListAsync).WithSummary("Registered WeCom group robots (names only)").Produces<List<RobotView>>();
        group.MapPut("/{name}", SaveAsync).WithSummary("Register or re-key a robot: body {\"webhookKey\": key or webhook URL}")
            .Accepts<RobotRequest>("application/json").Produces<RobotView>().ProducesValidationProblem()
            .RequireAuthorization(StaffAuthentication.AdminPolicy);
        group.MapDelete("/{name}", DeleteAsync).WithSummary("Remove a robot").ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(StaffAuthentication.AdminPolicy);
        return app;
    }

    private static async Task<IResult> ListAsync(WeComRobotStore robots, CancellationToken cancellationToken) =>
        Results.Json(await robots.ListAsync(cancellationToken), WeComRobotJson.Api.ListRobotView);

    private static async Task<IResult> SaveAsync(
        string name, HttpRequest request, ClaimsPrincipal user, WeComRobotStore robots, IStateStore states, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, WeComRobotJson.Api.RobotRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        name = name.Trim();
        var key = RobotKey.From(body.WebhookKey);
        var problems = new Dictionary<string, string[]>();
        if (name.Length is 0 or > MaxName || name.Any(char.IsControl))
        {
            problems["name"] = [$"name must be 1 to {MaxName} characters: the WeCom group's name, e.g. 一车间职工群."];
        }

        if (key is null)
        {
            problems["webhookKey"] = ["webhookKey must be the robot's webhook URL (群机器人 → 查看 webhook 地址) or its key= part."];
        }

        if (problems.Count > 0)
        {
            return Results.ValidationProblem(problems);
        }

        var now = clock.GetUtcNow();
        var staff = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await robots.SaveAsync(name, key!, staff, now, cancellationToken);
        var conversation = new ConversationKey(WeComRobotSender.ChannelId, name);
        var reference = new ConversationReference
        {
            ChannelId = WeComRobotSender.ChannelId,
            Conversation = new ConversationAccount { Id = name, IsGroup = true },
        };
        await states.CommitAsync(new TurnCommit(null, [], [], new ConversationReferenceRecord(conversation, reference)), cancellationToken);
        return Results.Json(new RobotView(name, now, staff), WeComRobotJson.Api.RobotView);
    }

    private static async Task<IResult> DeleteAsync(string name, WeComRobotStore robots, CancellationToken cancellationToken) =>
        await robots.DeleteAsync(name.Trim(), cancellationToken) > 0
            ? Results.NoContent()
            : JsonBody.NotFound("No robot has that name; GET /api/admin/wecom/robots lists them.");
}
