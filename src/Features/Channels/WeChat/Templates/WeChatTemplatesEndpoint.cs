using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Notices;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// Staff's WeChat template mapping (the notice form's 微信模板 part): <c>GET /api/admin/wechat/templates</c> lists the
/// account's templates of both kinds with their keys; <c>GET|PUT|DELETE /api/admin/wechat/notices/{id}/template</c>
/// reads, sets (checked like a new notice's <c>wechat</c>: a 400 names the key) or removes a notice's mapping.
/// 404 while the channel is off; 502 when WeChat cannot be asked.
/// </summary>
public static class WeChatTemplatesEndpoint
{
    public static IEndpointRouteBuilder MapWeChatTemplatesAdmin(this IEndpointRouteBuilder app)
    {
        var wechat = app.MapAdminGroup("/wechat").WithTags("WeChat");
        wechat.MapGet("/templates", ListAsync).WithSummary("The 公众号's template messages and subscription-notice templates, with their keys")
            .Produces<TemplateList>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status502BadGateway);
        wechat.MapGet("/notices/{id}/template", GetAsync).WithSummary("A notice's WeChat template mapping").Produces<WeChatNoticeTemplate>();
        wechat.MapPut("/notices/{id}/template", PutAsync).WithSummary("Set a notice's WeChat template mapping (checked against WeChat's limits)")
            .Accepts<WeChatNoticeTemplate>("application/json").ProducesValidationProblem();
        wechat.MapDelete("/notices/{id}/template", DeleteAsync).WithSummary("Remove a notice's WeChat template mapping (the default template applies)");
        return app;
    }

    private static async Task<IResult> ListAsync(TemplateCatalog catalog, IOptions<WeChatOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Off();
        }

        try
        {
            return Results.Json(new TemplateList(await catalog.ListAsync(cancellationToken)), TemplatesJson.Default.TemplateList);
        }
        catch (HttpRequestException ex)
        {
            var answer = ex is Tencent.TencentApiException refused ? $"WeChat answered errcode {refused.ErrorCode}" : "WeChat could not be reached";
            return Results.Problem(title: "WeChat did not list the templates", statusCode: StatusCodes.Status502BadGateway,
                detail: $"{answer}; check WeChat:AppId, WeChat:AppSecret and the server's IP whitelist (IP白名单), then try again.");
        }
    }

    private static async Task<IResult> GetAsync(string id, NoticeTemplateStore store, IOptions<WeChatOptions> options, CancellationToken cancellationToken) =>
        !options.Value.Enabled ? Off()
        : await store.FindAsync(id, cancellationToken) is { } mapping ? Results.Json(mapping, TemplatesJson.Default.WeChatNoticeTemplate)
        : JsonBody.NotFound($"Notice '{id}' has no WeChat template mapping.");

    private static async Task<IResult> PutAsync(
        string id, HttpRequest request, NoticeStore notices, NoticeTemplateCheck check, NoticeTemplateStore store, IOptions<WeChatOptions> options,
        CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Off();
        }

        if (await notices.GetAsync(id, cancellationToken) is not { } notice)
        {
            return JsonBody.NotFound($"No notice has the id '{id}'.");
        }

        var (mapping, problem) = await JsonBody.ReadAsync(request, TemplatesJson.Default.WeChatNoticeTemplate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await check.CheckAsync(mapping!, notice.Text, notice.ActivityId, cancellationToken) is { Count: > 0 } problems)
        {
            return Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        await store.SaveAsync(id, mapping!.Kind!.Value, mapping.TemplateId!, mapping.Fields!, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> DeleteAsync(string id, NoticeTemplateStore store, IOptions<WeChatOptions> options, CancellationToken cancellationToken) =>
        !options.Value.Enabled ? Off()
        : await store.DeleteAsync(id, cancellationToken) > 0 ? Results.NoContent()
        : JsonBody.NotFound($"Notice '{id}' has no WeChat template mapping.");

    private static IResult Off() =>
        JsonBody.NotFound("The WeChat channel is off: set WeChat:AppId, WeChat:AppSecret and WeChat:Token first.");
}
