using EngageBot.Core.Time;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Members;
using EngageBot.Features.SignUps.Forms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.SignUps.Member;

/// <summary>
/// The member page's activities screen: <c>GET /api/members/activities[?clubId=]</c> lists what is coming up with seats
/// left and the member's own place; <c>POST /api/members/activities/{id}/signup</c> {answers} takes a seat or a
/// waitlist place through <see cref="SignUpService"/>, the same path chat uses, after checking the form's answers
/// with <see cref="FormAnswerCheck"/> as chat does. Refusals are ProblemDetails in the member's language.
/// </summary>
public static class MemberActivityEndpoints
{
    private const int ListLimit = 50;

    public static IEndpointRouteBuilder MapMemberActivityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").DisableAntiforgery().ExcludeFromDescription();
        api.MapGet("/activities", ListAsync);
        api.MapPost("/activities/{id}/signup", SignUpAsync);
        api.MapMySignUps();
        return app;
    }

    private static async Task<IResult> ListAsync(
        string? clubId, HttpRequest request, MemberAuthenticator auth, ActivityStore activities, ClubStore clubs, SignUpLists lists,
        FormStore forms, UnionTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await MemberCaller.FromAsync(request, auth, cancellationToken) is not { } caller)
        {
            return MemberCaller.SignIn(request);
        }

        var allClubs = await clubs.ListAsync(includeClosed: false, cancellationToken);
        if (!string.IsNullOrEmpty(clubId) && !allClubs.Any(c => c.Id == clubId))
        {
            return MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Unknown club", MemberActivityTexts.NoClub);
        }

        var mine = (await lists.ListForMemberAsync(caller.Member, cancellationToken)).ToDictionary(x => x.Activity.Id, x => x.SignUp.Status);
        var now = clock.GetUtcNow();
        var items = new List<MemberActivity>();
        foreach (var a in await activities.ListUpcomingAsync(string.IsNullOrEmpty(clubId) ? null : clubId, ListLimit, cancellationToken))
        {
            var club = allClubs.FirstOrDefault(c => c.Id == a.ClubId);
            items.Add(new MemberActivity(a.Id, a.Title, a.TitleEn, a.ClubId, club?.Name, club?.NameEn, time.ToLocal(a.StartsAt),
                a.EndsAt is { } end ? time.ToLocal(end) : null, a.Place, a.Capacity, Math.Max(0, a.Capacity - a.Confirmed), a.Waitlisted,
                time.ToLocal(a.SignUpClosesAt), now < a.SignUpClosesAt,
                mine.TryGetValue(a.Id, out var status) ? MySignUpEndpoints.StatusName(status) : null,
                await forms.GetFieldsAsync(a.Id, cancellationToken)));
        }

        return Results.Json(new MemberActivityList([.. allClubs.Select(c => new MemberClub(c.Id, c.Name, c.NameEn))], items),
            MemberActivityJson.Api.MemberActivityList);
    }

    private static async Task<IResult> SignUpAsync(
        string id, HttpRequest request, MemberAuthenticator auth, ActivityStore activities, FormStore forms, SignUpService service,
        SignUpTexts texts, MemberActivityTexts refusals, TimeProvider clock, CancellationToken cancellationToken)
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

        if (await activities.GetAsync(id, cancellationToken) is not { } activity)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Unknown activity", MemberActivityTexts.NoActivity);
        }

        // Closed or cancelled says so before the form is checked; the store decides again under its lock.
        if (activity.Status == ActivityStatus.Cancelled || clock.GetUtcNow() >= activity.SignUpClosesAt)
        {
            return MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Sign-up closed",
                activity.Status == ActivityStatus.Cancelled ? refusals.ActivityCancelled(activity) : refusals.SignUpClosed(activity));
        }

        // A member already holding a place hears so (409), not that the form is incomplete; the store says it below.
        Dictionary<string, string>? answers = null;
        if (await forms.AnswersOfAsync(id, caller.Member, cancellationToken) is null)
        {
            (answers, var errors) = FormAnswerCheck.CheckAll(await forms.GetFieldsAsync(id, cancellationToken), body.Answers);
            if (answers is null)
            {
                return MemberLanguage.Invalid(request, MemberActivityTexts.CheckAnswers, errors.ToDictionary(e => "answers." + e.Key, e => e.Value));
            }
        }

        var result = await service.SignUpAsync(
            new SignUpRequest(id, caller.Member, caller.DisplayName, caller.LanguageCode, caller.DirectChat, null, answers is { Count: > 0 } ? answers : null),
            cancellationToken);
        return result.Kind switch
        {
            SignUpResultKind.Confirmed => Ok("confirmed", id, null, texts.Confirmed(result.Activity!).For(caller.Language)),
            SignUpResultKind.Waitlisted => Ok("waitlisted", id, result.QueuePlace ?? 1,
                texts.Waitlisted(result.Activity!, result.QueuePlace ?? 1).For(caller.Language)),
            SignUpResultKind.AlreadySignedUp => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Already signed up",
                texts.AlreadySignedUp(result.Activity!, result.SignUp!, result.QueuePlace)),
            SignUpResultKind.DeadlinePassed => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Sign-up closed",
                refusals.SignUpClosed(result.Activity!)),
            SignUpResultKind.ActivityCancelled => MemberLanguage.Problem(request, StatusCodes.Status409Conflict, "Activity cancelled",
                refusals.ActivityCancelled(result.Activity!)),
            _ => MemberLanguage.Problem(request, StatusCodes.Status404NotFound, "Unknown activity", MemberActivityTexts.NoActivity),
        };
    }

    private static IResult Ok(string status, string id, int? place, string message) =>
        Results.Json(new MemberSignUpResponse(status, id, place, message), MemberActivityJson.Api.MemberSignUpResponse);
}
