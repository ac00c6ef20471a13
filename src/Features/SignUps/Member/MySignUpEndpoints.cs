using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Members;
using EngageBot.Features.SignUps.CheckIn;
using EngageBot.Features.SignUps.Forms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps.Member;

/// <summary>
/// "我的报名 / My sign-ups" on the member page, always the caller's own (the session token says whose):
/// <c>GET /api/members/me/signups</c>; <c>PUT …/{activityId}/answers</c> changes the form's answers until sign-up
/// closes; <c>DELETE …/{activityId}</c> cancels (a seat until the cancel deadline, a waitlist place any time; the freed
/// seat goes to the waitlist as in chat); <c>POST …/{activityId}/checkin</c> checks in inside the same window as the QR code.
/// </summary>
public static class MySignUpEndpoints
{
    public static RouteGroupBuilder MapMySignUps(this RouteGroupBuilder api)
    {
        api.MapGet("/me/signups", ListAsync);
        api.MapPut("/me/signups/{activityId}/answers", ChangeAsync);
        api.MapDelete("/me/signups/{activityId}", CancelAsync);
        api.MapPost("/me/signups/{activityId}/checkin", CheckInAsync);
        return api;
    }

    public static string StatusName(SignUpStatus status) => status switch
    {
        SignUpStatus.Waitlisted => "waitlisted",
        SignUpStatus.Attended => "attended",
        SignUpStatus.Cancelled => "cancelled",
        _ => "confirmed",
    };

    private static async Task<IResult> ListAsync(
        HttpRequest request, MemberAuthenticator auth, SignUpLists lists, FormStore forms, UnionTime time, TimeProvider clock,
        IOptions<SignUpOptions> options, CancellationToken cancellationToken)
    {
        if (await MemberCaller.FromAsync(request, auth, cancellationToken) is not { } caller)
        {
            return MemberCaller.SignIn(request);
        }

        var now = clock.GetUtcNow();
        var list = new List<MySignUp>();
        foreach (var (signUp, a, place) in await lists.ListForMemberAsync(caller.Member, cancellationToken))
        {
            var fields = await forms.GetFieldsAsync(a.Id, cancellationToken);
            var answers = await forms.AnswersOfAsync(a.Id, caller.Member, cancellationToken) ?? [];
            var (opens, closes) = CheckInEndpoints.Window(a, options.Value);
            list.Add(new MySignUp(a.Id, a.Title, a.TitleEn, time.ToLocal(a.StartsAt), a.EndsAt is { } end ? time.ToLocal(end) : null, a.Place,
                StatusName(signUp.Status), place, time.ToLocal(a.SignUpClosesAt), time.ToLocal(a.CancelClosesAt),
                CanChange: fields.Count > 0 && now < a.SignUpClosesAt,
                CanCancel: signUp.Status == SignUpStatus.Waitlisted || (signUp.Status == SignUpStatus.Confirmed && now < a.CancelClosesAt),
                CheckInOpen: signUp.Status == SignUpStatus.Confirmed && now >= opens && now <= closes,
                fields, answers));
        }

        return Results.Json(list, MemberActivityJson.Api.ListMySignUp);
    }

    private static async Task<IResult> ChangeAsync(
        string activityId, HttpRequest request, MemberAuthenticator auth, FormStore forms, ActivityStore activities,
        MemberActivityTexts refusals, CancellationToken cancellationToken)
    {
        if (await MemberCaller.FromAsync(request, auth, cancellationToken) is not { } caller)
        {
            return MemberCaller.SignIn(request);
        }

        var (body, problem) = await JsonBody.ReadAsync(request, MemberActivityJson.Api.MemberAnswersRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (await activities.GetAsync(activityId, cancellationToken) is null)
        {
            return NoActivity(request);
        }

        var fields = await forms.GetFieldsAsync(activityId, cancellationToken);
        if (fields.Count == 0)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "No form", MemberActivityTexts.NoForm);
        }

        var (answers, errors) = FormAnswerCheck.CheckAll(fields, body.Answers);
        if (answers is null)
        {
            return MemberLanguage.Invalid(request, MemberActivityTexts.CheckAnswers, errors.ToDictionary(e => "answers." + e.Key, e => e.Value));
        }

        var result = await forms.ChangeAnswersAsync(activityId, caller.Member, answers, cancellationToken);
        return result.Kind switch
        {
            FormChangeKind.Changed => Done("changed", activityId, MemberActivityTexts.Changed(result.Activity!).For(caller.Language)),
            FormChangeKind.DeadlinePassed => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Sign-up closed",
                MemberActivityTexts.ChangeClosed(result.Activity!)),
            FormChangeKind.NotSignedUp => NotSignedUp(request),
            _ when result.Activity is { Status: ActivityStatus.Cancelled } cancelled => MemberLanguage.Problem(request,
                StatusCodes.Status409Conflict, "Activity cancelled", refusals.ActivityCancelled(cancelled)),
            _ => NoActivity(request),
        };
    }

    private static async Task<IResult> CancelAsync(
        string activityId, HttpRequest request, MemberAuthenticator auth, SignUpService service, SignUpTexts texts, CancellationToken cancellationToken)
    {
        if (await MemberCaller.FromAsync(request, auth, cancellationToken) is not { } caller)
        {
            return MemberCaller.SignIn(request);
        }

        var result = await service.CancelAsync(activityId, caller.Member, enforceDeadline: true, cancellationToken);
        return result.Kind switch
        {
            CancelResultKind.Cancelled => Done("cancelled", activityId, texts.Cancelled(result.Activity!).For(caller.Language)),
            CancelResultKind.DeadlinePassed => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Cancellation closed",
                texts.CancelClosed(result.Activity!)),
            CancelResultKind.NotSignedUp => NotSignedUp(request),
            _ => NoActivity(request),
        };
    }

    private static async Task<IResult> CheckInAsync(
        string activityId, HttpRequest request, MemberAuthenticator auth, CheckInStore checkIns, SignUpTexts texts,
        IOptions<SignUpOptions> options, CancellationToken cancellationToken)
    {
        if (await MemberCaller.FromAsync(request, auth, cancellationToken) is not { } caller)
        {
            return MemberCaller.SignIn(request);
        }

        var result = await checkIns.CheckInToAsync(caller.Member, activityId, options.Value.CheckInOpensBefore, options.Value.CheckInLastsAtLeast, cancellationToken);
        return result.Kind switch
        {
            CheckInResultKind.CheckedIn => Done("checkedIn", activityId, texts.CheckedIn(result.Activity!).For(caller.Language)),
            CheckInResultKind.AlreadyCheckedIn => Done("alreadyCheckedIn", activityId, texts.AlreadyCheckedIn(result.Activity!).For(caller.Language)),
            CheckInResultKind.NotOpen => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Check-in not open", texts.CheckInNotOpen(result.Activity!)),
            CheckInResultKind.NotConfirmed => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "No seat", texts.CheckInNotConfirmed(result.Activity!)),
            _ => NoActivity(request),
        };
    }

    private static IResult Done(string status, string activityId, string message) =>
        Results.Json(new MemberActionResponse(status, activityId, message), MemberActivityJson.Api.MemberActionResponse);

    private static IResult NoActivity(HttpRequest request) =>
        MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Unknown activity", MemberActivityTexts.NoActivity);

    private static IResult NotSignedUp(HttpRequest request) =>
        MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Not signed up", MemberActivityTexts.NotSignedUp);
}
