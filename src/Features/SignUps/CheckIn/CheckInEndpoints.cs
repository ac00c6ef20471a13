using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// QR check-in and attendance. Staff: the QR code per activity (and a new one when a photo of it leaked), attendance
/// per activity and per club per month. Members: <c>POST /api/members/me/checkins</c> with the QR's token, signed in
/// on the member page — the same window and once-only rule as "签到 123456".
/// </summary>
public static class CheckInEndpoints
{
    public static IEndpointRouteBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("/activities").WithTags("Activities");
        group.MapGet("/{id}/checkin-qr", QrAsync).WithSummary("The activity's check-in QR code (SVG) and 6-digit code").Produces<CheckInQrResponse>();
        group.MapPost("/{id}/checkin-qr", ReplaceQrAsync).WithSummary("Replace the QR code (old prints stop working)").Produces<CheckInQrResponse>();
        group.MapGet("/{id}/attendance", AttendanceAsync).WithSummary("Seats held and check-ins of one activity").Produces<ActivityAttendanceResponse>();
        app.MapAdminGroup("/stats").WithTags("Activities").MapGet("/attendance/monthly", MonthlyAsync)
            .WithSummary("Attendance per club per month (?clubId=, ?months=1–24, default 6)");
        app.MapPost("/api/members/me/checkins", CheckInAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static Task<IResult> QrAsync(string id, HttpRequest request, ActivityStore activities, CheckInTokenStore tokens,
        IOptions<SignUpOptions> options, UnionTime time, CancellationToken cancellationToken) =>
        QrResponseAsync(id, request, activities, options.Value, time, ct => tokens.TokenForAsync(id, ct), cancellationToken);

    private static Task<IResult> ReplaceQrAsync(string id, HttpRequest request, ActivityStore activities, CheckInTokenStore tokens,
        IOptions<SignUpOptions> options, UnionTime time, CancellationToken cancellationToken) =>
        QrResponseAsync(id, request, activities, options.Value, time, ct => tokens.ReplaceAsync(id, ct), cancellationToken);

    private static async Task<IResult> QrResponseAsync(string id, HttpRequest request, ActivityStore activities, SignUpOptions options,
        UnionTime time, Func<CancellationToken, Task<string>> token, CancellationToken cancellationToken)
    {
        if (await activities.GetAsync(id, cancellationToken) is not { } activity)
        {
            return NoActivity(id);
        }

        var url = $"{request.Scheme}://{request.Host}{request.PathBase}/?checkin={Uri.EscapeDataString(await token(cancellationToken))}";
        var (opens, closes) = Window(activity, options);
        return Results.Json(new CheckInQrResponse(activity.Id, activity.CheckInCode, url, QrSvg.For(url), time.ToLocal(opens), time.ToLocal(closes)),
            CheckInJson.Api.CheckInQrResponse);
    }

    private static async Task<IResult> AttendanceAsync(string id, ActivityStore activities, AttendanceStore attendance, UnionTime time, CancellationToken cancellationToken)
    {
        if (await activities.GetAsync(id, cancellationToken) is not { } activity)
        {
            return NoActivity(id);
        }

        var (held, attended, waitlisted) = await attendance.ForActivityAsync(id, cancellationToken);
        return Results.Json(new ActivityAttendanceResponse(id, activity.Title, time.ToLocal(activity.StartsAt), held, attended, waitlisted,
            held == 0 ? 0 : Math.Round((double)attended / held, 3)), CheckInJson.Api.ActivityAttendanceResponse);
    }

    private static async Task<IResult> MonthlyAsync(string? clubId, int? months, AttendanceStore attendance, CancellationToken cancellationToken)
    {
        if (months is < 1 or > 24)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["months"] = ["Use 1–24 (default 6)."] });
        }

        return Results.Json((await attendance.MonthlyAsync(clubId, months ?? 6, cancellationToken)).ToList(), CheckInJson.Api.ListMonthlyAttendance);
    }

    private static async Task<IResult> CheckInAsync(HttpRequest request, MemberAuthenticator auth, CheckInTokenStore tokens, CheckInStore checkIns,
        IOptions<SignUpOptions> options, UnionTime time, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } member)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", CheckInTexts.SignInFirst);
        }

        var (body, problem) = await JsonBody.ReadAsync(request, CheckInJson.Api.MemberCheckInRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Token) || await tokens.ActivityOfAsync(body.Token.Trim(), cancellationToken) is not { } activityId)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Not found", CheckInTexts.UnknownToken);
        }

        var result = await checkIns.CheckInToAsync(new MemberKey(DirectLineChannel.ChannelId, member.UserId), activityId,
            options.Value.CheckInOpensBefore, options.Value.CheckInLastsAtLeast, cancellationToken);
        var a = result.Activity;
        return result.Kind switch
        {
            CheckInResultKind.CheckedIn or CheckInResultKind.AlreadyCheckedIn => Results.Json(new MemberCheckInResponse(
                result.Kind == CheckInResultKind.CheckedIn ? "checkedIn" : "alreadyCheckedIn", a!.Id, a.Title, a.TitleEn, time.ToLocal(a.StartsAt)),
                CheckInJson.Api.MemberCheckInResponse),
            CheckInResultKind.NotOpen => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Conflict", CheckInTexts.NotOpen(options.Value.CheckInOpensBefore)),
            CheckInResultKind.NotConfirmed => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Conflict", CheckInTexts.NoSeat),
            _ => MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Not found", CheckInTexts.Gone),
        };
    }

    /// <summary>When check-in is open: the same rule as <see cref="CheckInStore"/>.</summary>
    public static (DateTimeOffset Opens, DateTimeOffset Closes) Window(ActivityRecord activity, SignUpOptions options)
    {
        var end = activity.EndsAt ?? activity.StartsAt;
        var atLeast = activity.StartsAt + options.CheckInLastsAtLeast;
        return (activity.StartsAt - options.CheckInOpensBefore, end > atLeast ? end : atLeast);
    }

    private static IResult NoActivity(string id) => JsonBody.NotFound($"There is no activity with id '{id}'.");
}
