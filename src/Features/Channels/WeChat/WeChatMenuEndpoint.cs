using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// <c>POST /api/admin/wechat/menu</c> (admins): sets the 公众号's menu (会员服务 / 近期活动 / 我的报名, see
/// <see cref="WeChatMenu"/>) through the WeChat API. 404 while the channel is off; 502 with WeChat's errcode when WeChat refuses.
/// </summary>
public static class WeChatMenuEndpoint
{
    public static IEndpointRouteBuilder MapWeChatMenuAdmin(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/wechat").RequireAuthorization(StaffAuthentication.AdminPolicy).WithTags("WeChat")
            .MapPost("/menu", CreateAsync).WithSummary("Set the 公众号 menu: 会员服务 / 近期活动 / 我的报名")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status502BadGateway);
        return app;
    }

    private static async Task<IResult> CreateAsync(WeChatApiClient api, IOptions<WeChatOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return JsonBody.NotFound("The WeChat channel is off: set WeChat:AppId, WeChat:AppSecret and WeChat:Token first.");
        }

        try
        {
            await api.CreateMenuAsync(WeChatMenu.Definition(options.Value.SignInUrl), cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            var answer = ex is TencentApiException refused ? $"WeChat answered errcode {refused.ErrorCode}" : "WeChat could not be reached";
            return Results.Problem(title: "WeChat did not take the menu", statusCode: StatusCodes.Status502BadGateway,
                detail: $"{answer}; check WeChat:AppId, WeChat:AppSecret and the server's IP whitelist (IP白名单) in 公众平台, then try again.");
        }

        return Results.NoContent();
    }
}
