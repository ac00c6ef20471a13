using EngageBot.Core.State;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Groups;

/// <summary><c>GET /api/admin/groups/{groupId}/chain</c>: the 接龙 running in a group, read from the group conversation's state.</summary>
public static class GroupChainEndpoints
{
    public static IEndpointRouteBuilder MapGroupChainApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/groups").WithTags("Groups")
            .MapGet("/{groupId}/chain", ReadAsync)
            .WithSummary("The group's running 接龙 list, in order")
            .Produces<GroupChainView>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ReadAsync(string groupId, GroupService groups, IStateStore states, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(groupId, cancellationToken) is null)
        {
            return JsonBody.NotFound("There is no such group.");
        }

        var key = StateKeys.Conversation(new ConversationKey(DirectLineChannel.ChannelId, groupId));
        var stored = (await states.ReadAsync([key], cancellationToken)).GetValueOrDefault(key);
        var chain = new StateBag(key, stored).Get(ChainRoute.Chain);
        var view = chain is null
            ? new GroupChainView(false, null, null, [])
            : new GroupChainView(true, chain.Title, chain.Limit, [.. chain.Entries.Select(e => e.Name)]);
        return Results.Json(view, ConsoleJson.Api.GroupChainView);
    }
}
