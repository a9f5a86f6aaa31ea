using System.Security.Claims;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Deliberation;

/// <summary>/api/v1/deliberation: bodies, meetings, questions and topics, resolutions and action items; /api/v1/public: published resolutions.</summary>
public static class DeliberationApi
{
    public static void MapDeliberationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/deliberation").WithTags("Deliberation").RequireAuthorization(DeliberationPolicies.Read);
        api.MapGet("/bodies", Bodies);
        api.MapPost("/bodies", CreateBody).RequireAuthorization(DeliberationPolicies.Run).Validate<NewBody>();
        api.MapGet("/meetings", Meetings);
        api.MapPost("/meetings", CreateMeeting).RequireAuthorization(DeliberationPolicies.Run).Validate<NewMeeting>();
        api.MapGet("/meetings/{id:int}", Meeting);
        api.MapPost("/meetings/{id:int}/collecting", Collecting).RequireAuthorization(DeliberationPolicies.Run).Validate<CollectingSwitch>();
        api.MapPost("/meetings/{id:int}/recruit", Recruit).RequireAuthorization(DeliberationPolicies.Run).Validate<RecruitRequest>();
        api.MapPut("/meetings/{id:int}/minutes", SaveMinutes).RequireAuthorization(DeliberationPolicies.Run).Validate<MinutesDraft>();
        api.MapPost("/meetings/{id:int}/minutes/approve", (int id, MeetingsService m, CancellationToken ct) => MoveMinutes(id, MinutesStatus.Approved, m, ct))
            .RequireAuthorization(DeliberationPolicies.Run);
        api.MapPost("/meetings/{id:int}/minutes/publish", (int id, MeetingsService m, CancellationToken ct) => MoveMinutes(id, MinutesStatus.Published, m, ct))
            .RequireAuthorization(DeliberationPolicies.Run);
        api.MapGet("/meetings/{id:int}/minutes.docx", MinutesDocx).RequireAuthorization(DeliberationPolicies.ReadRecords).ProducesFile(Platform.Exports.OfficeTypes.Docx);

        api.MapGet("/meetings/{id:int}/questions", Questions);
        api.MapPost("/meetings/{id:int}/questions", Ask).RequireAuthorization(DeliberationPolicies.Ask).Validate<NewQuestion>();
        api.MapPost("/questions/{id:int}/support", Support).RequireAuthorization(DeliberationPolicies.Support);
        api.MapPut("/questions/{id:int}/hands", Hands).RequireAuthorization(DeliberationPolicies.Run).Validate<HandsCount>();
        api.MapGet("/meetings/{id:int}/topics", Topics);
        api.MapPost("/meetings/{id:int}/topics", Merge).RequireAuthorization(DeliberationPolicies.Run).Validate<NewTopic>();
        api.MapPut("/topics/{id:int}/answer", Answer).RequireAuthorization(DeliberationPolicies.Run).Validate<TopicAnswer>();

        api.MapGet("/meetings/{id:int}/resolutions", Resolutions).RequireAuthorization(DeliberationPolicies.ReadRecords);
        api.MapPost("/meetings/{id:int}/resolutions", Resolve).RequireAuthorization(DeliberationPolicies.Run).Validate<NewResolution>();
        api.MapPost("/resolutions/{id:int}/publish", Publish).RequireAuthorization(DeliberationPolicies.Run);
        api.MapPost("/resolutions/{id:int}/actions", AddAction).RequireAuthorization(DeliberationPolicies.Run).Validate<NewAction>();
        api.MapGet("/actions", Actions).RequireAuthorization(DeliberationPolicies.ReadRecords);
        api.MapGet("/actions/{id:int}", Action).RequireAuthorization(DeliberationPolicies.ReadRecords);
        api.MapPut("/actions/{id:int}", Move).RequireAuthorization(DeliberationPolicies.Run).Validate<ActionUpdate>();
        api.MapGet("/actions/{id:int}/progress", Progress).RequireAuthorization(DeliberationPolicies.ReadRecords);
        // multipart/form-data with one image in "file" and an optional "note".
        api.MapPost("/actions/{id:int}/photos", AddPhoto).RequireAuthorization(DeliberationPolicies.Run).DisableAntiforgery();
        api.MapGet("/actions/{id:int}/progress/{progressId:int}/photo", Photo).RequireAuthorization(DeliberationPolicies.ReadRecords)
            .ProducesFile("image/jpeg", "image/png", "image/webp");

        app.MapGet("/api/v1/public/communities/{communityId:int}/resolutions", PublicResolutions).AllowAnonymous().WithTags("Deliberation");
    }

    private static async Task<Ok<IReadOnlyList<BodyView>>> Bodies(int? communityId, MeetingsService meetings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await meetings.BodiesAsync(communityId, cancellationToken));

    private static async Task<Created<BodyView>> CreateBody(NewBody request, MeetingsService meetings, CancellationToken cancellationToken)
    {
        var body = await meetings.CreateBodyAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/bodies?communityId={body.CommunityId}",
            (await meetings.BodiesAsync(body.CommunityId, cancellationToken)).Single(b => b.Id == body.Id));
    }

    private static async Task<Ok<IReadOnlyList<MeetingView>>> Meetings(int? communityId, int? bodyId, MeetingsService meetings, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<MeetingView>>([.. (await meetings.ListAsync(communityId, bodyId, cancellationToken)).Select(MeetingsService.View)]);

    private static async Task<Created<MeetingView>> CreateMeeting(NewMeeting request, MeetingsService meetings, CancellationToken cancellationToken)
    {
        var meeting = await meetings.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/meetings/{meeting.Id}", MeetingsService.View(meeting));
    }

    private static async Task<Ok<MeetingView>> Meeting(int id, MeetingsService meetings, CancellationToken cancellationToken) =>
        TypedResults.Ok(MeetingsService.View(await meetings.GetAsync(id, cancellationToken)));

    private static async Task<NoContent> Collecting(int id, CollectingSwitch request, MeetingsService meetings, CancellationToken cancellationToken)
    {
        await meetings.SetCollectingAsync(id, request.Collecting ?? true, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<RecruitedActivity>> Recruit(int id, RecruitRequest request, MeetingsService meetings, CancellationToken cancellationToken)
    {
        var activityId = await meetings.RecruitAsync(id, request.Capacity, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{activityId}", new RecruitedActivity(activityId));
    }

    private static async Task<NoContent> SaveMinutes(int id, MinutesDraft request, MeetingsService meetings, CancellationToken cancellationToken)
    {
        await meetings.SaveMinutesAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MoveMinutes(int id, MinutesStatus to, MeetingsService meetings, CancellationToken cancellationToken)
    {
        await meetings.MoveMinutesAsync(id, to, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> MinutesDocx(int id, MeetingsService meetings, ResolutionsService resolutions, CancellationToken cancellationToken)
    {
        var content = await meetings.MinutesDocumentAsync(id, await resolutions.OfMeetingAsync(id, cancellationToken), cancellationToken);
        return TypedResults.File(content, Platform.Exports.OfficeTypes.Docx, $"会议纪要-{id}.docx");
    }

    private static async Task<Ok<IReadOnlyList<QuestionView>>> Questions(int id, QuestionsService questions, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await questions.ListAsync(id, user, cancellationToken));

    private static async Task<Created<QuestionCreated>> Ask(int id, NewQuestion request, QuestionsService questions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var question = await questions.AskAsync(id, request, user, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/meetings/{id}/questions", new QuestionCreated(question.Id));
    }

    private static async Task<Created<SupportCount>> Support(int id, QuestionsService questions, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/deliberation/questions/{id}", await questions.SupportAsync(id, user, cancellationToken));

    private static async Task<NoContent> Hands(int id, HandsCount request, QuestionsService questions, CancellationToken cancellationToken)
    {
        await questions.CountHandsAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<TopicView>>> Topics(int id, QuestionsService questions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await questions.TopicsAsync(id, cancellationToken));

    private static async Task<Created<TopicView>> Merge(int id, NewTopic request, QuestionsService questions, CancellationToken cancellationToken)
    {
        var topic = await questions.MergeAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/meetings/{id}/topics", (await questions.TopicsAsync(id, cancellationToken)).Single(t => t.Id == topic.Id));
    }

    private static async Task<NoContent> Answer(int id, TopicAnswer request, QuestionsService questions, CancellationToken cancellationToken)
    {
        await questions.AnswerAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ResolutionView>>> Resolutions(int id, ResolutionsService resolutions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await resolutions.OfMeetingAsync(id, cancellationToken));

    private static async Task<Created<ResolutionView>> Resolve(int id, NewResolution request, ResolutionsService resolutions, CancellationToken cancellationToken)
    {
        var resolution = await resolutions.CreateAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/meetings/{id}/resolutions",
            (await resolutions.OfMeetingAsync(id, cancellationToken)).Single(r => r.Id == resolution.Id));
    }

    private static async Task<NoContent> Publish(int id, ResolutionsService resolutions, CancellationToken cancellationToken)
    {
        await resolutions.PublishAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ActionView>> AddAction(int id, NewAction request, ResolutionsService resolutions, CancellationToken cancellationToken)
    {
        var action = await resolutions.AddActionAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/actions/{action.Id}", resolutions.View(action));
    }

    private static async Task<Ok<IReadOnlyList<ActionLine>>> Actions(int? communityId, int? bodyId, bool? overdue, int? take, ResolutionsService resolutions,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await resolutions.ListActionsAsync(communityId, bodyId, overdue ?? false, take, cancellationToken));

    private static async Task<Ok<ActionView>> Action(int id, ResolutionsService resolutions, CancellationToken cancellationToken) =>
        TypedResults.Ok(resolutions.View(await resolutions.GetActionAsync(id, cancellationToken)));

    private static async Task<Ok<ActionView>> Move(int id, ActionUpdate request, ResolutionsService resolutions, CancellationToken cancellationToken) =>
        TypedResults.Ok(resolutions.View(await resolutions.UpdateActionAsync(id, request, cancellationToken)));

    private static async Task<Ok<IReadOnlyList<ProgressView>>> Progress(int id, ResolutionsService resolutions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await resolutions.ProgressAsync(id, cancellationToken));

    private static async Task<Created<ProgressCreated>> AddPhoto(int id, IFormFile file, [Microsoft.AspNetCore.Mvc.FromForm] string? note, ResolutionsService resolutions,
        CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var progress = await resolutions.AddPhotoAsync(id, content, note, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/actions/{id}/progress/{progress.Id}/photo", new ProgressCreated(progress.Id));
    }

    private static async Task<FileContentHttpResult> Photo(int id, int progressId, ResolutionsService resolutions, CancellationToken cancellationToken)
    {
        var file = await resolutions.PhotoAsync(id, progressId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Ok<IReadOnlyList<PublicResolution>>> PublicResolutions(int communityId, ResolutionsService resolutions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await resolutions.PublicAsync(communityId, cancellationToken));
}
