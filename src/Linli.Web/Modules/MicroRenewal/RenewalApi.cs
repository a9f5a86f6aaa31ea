using System.Security.Claims;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>/api/v1/renewal: micro-renewal projects (一图三会) through their nine steps; /api/v1/public: the same for anyone.</summary>
public static class RenewalApi
{
    public static void MapRenewalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/renewal").WithTags("MicroRenewal").RequireAuthorization(RenewalPolicies.Read);
        api.MapGet("/projects", (int? communityId, RenewalService renewal, CancellationToken ct) => List(communityId, renewal, ct));
        api.MapPost("/projects", Create).RequireAuthorization(RenewalPolicies.Run).Validate<NewRenewal>();
        api.MapGet("/projects/{id:int}", View);
        api.MapPost("/projects/{id:int}/next", Next).RequireAuthorization(RenewalPolicies.Run).Validate<NextStep>();
        api.MapPost("/projects/{id:int}/meetings", LinkMeeting).RequireAuthorization(RenewalPolicies.Run).Validate<RenewalMeetingLink>();
        api.MapPost("/projects/{id:int}/sites", AddSite).RequireAuthorization(RenewalPolicies.Run).Validate<NewSite>();
        api.MapPut("/projects/{id:int}/site", ChooseSite).RequireAuthorization(RenewalPolicies.Run).Validate<Choice>();
        api.MapPost("/projects/{id:int}/options", AddOption).RequireAuthorization(RenewalPolicies.Run).Validate<NewOption>();
        api.MapPost("/projects/{id:int}/poll", OpenPoll).RequireAuthorization(RenewalPolicies.Run);
        api.MapPut("/projects/{id:int}/option", Adopt).RequireAuthorization(RenewalPolicies.Run).Validate<Choice>();
        api.MapPost("/projects/{id:int}/items", AddItem).RequireAuthorization(RenewalPolicies.Run).Validate<NewPlanItem>();
        api.MapPost("/projects/{id:int}/quotes", AddQuote).RequireAuthorization(RenewalPolicies.Run).Validate<NewQuote>();
        api.MapPut("/projects/{id:int}/quote", ChooseQuote).RequireAuthorization(RenewalPolicies.Run).Validate<Choice>();
        api.MapGet("/projects/{id:int}/quotes.xlsx", QuotesSheet).ProducesFile(Platform.Exports.OfficeTypes.Xlsx);
        // multipart/form-data: one file in "file", "kind" (Blueprint, Before, After), "caption", and for an after photo "beforeId".
        api.MapPost("/projects/{id:int}/photos", AddPhoto).RequireAuthorization(RenewalPolicies.Run).DisableAntiforgery();
        api.MapGet("/projects/{id:int}/photos/{photoId:int}", Photo).ProducesFile("image/jpeg", "image/png", "image/webp", "application/pdf");

        var open = app.MapGroup("/api/v1/public").WithTags("MicroRenewal").AllowAnonymous();
        open.MapGet("/communities/{communityId:int}/renewal", PublicProjects);
        open.MapGet("/renewal/photos/{photoId:int}", PublicPhoto).ProducesFile("image/jpeg", "image/png", "image/webp", "application/pdf");
    }

    private static async Task<Ok<IReadOnlyList<RenewalSummary>>> List(int? communityId, RenewalService renewal, CancellationToken cancellationToken) =>
        TypedResults.Ok(await renewal.ListAsync(communityId, cancellationToken));

    private static async Task<Created<RenewalCreated>> Create(NewRenewal request, RenewalService renewal, CancellationToken cancellationToken)
    {
        var id = await renewal.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/renewal/projects/{id}", new RenewalCreated(id));
    }

    private static async Task<Ok<RenewalView>> View(int id, RenewalService renewal, CancellationToken cancellationToken) =>
        TypedResults.Ok(await renewal.ViewAsync(id, cancellationToken));

    private static async Task<Ok<StepReached>> Next(int id, NextStep request, RenewalService renewal, CancellationToken cancellationToken) =>
        TypedResults.Ok(await renewal.AdvanceAsync(id, request, cancellationToken));

    private static async Task<Created<MeetingLinked>> LinkMeeting(int id, RenewalMeetingLink request, RenewalService renewal, CancellationToken cancellationToken)
    {
        var meetingId = await renewal.LinkMeetingAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/deliberation/meetings/{meetingId}", new MeetingLinked(meetingId));
    }

    private static async Task<Created<RenewalCreated>> AddSite(int id, NewSite request, RenewalService renewal, CancellationToken cancellationToken) =>
        Part(id, await renewal.AddSiteAsync(id, request, cancellationToken));

    private static async Task<NoContent> ChooseSite(int id, Choice request, RenewalService renewal, CancellationToken cancellationToken)
    {
        await renewal.ChooseSiteAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<RenewalCreated>> AddOption(int id, NewOption request, RenewalService renewal, CancellationToken cancellationToken) =>
        Part(id, await renewal.AddOptionAsync(id, request, cancellationToken));

    private static async Task<Created<PollOpened>> OpenPoll(int id, ClaimsPrincipal user, RenewalService renewal, CancellationToken cancellationToken)
    {
        var surveyId = await renewal.OpenPollAsync(id, user, cancellationToken);
        return TypedResults.Created($"/api/v1/surveys/{surveyId}", new PollOpened(surveyId));
    }

    private static async Task<NoContent> Adopt(int id, Choice request, RenewalService renewal, CancellationToken cancellationToken)
    {
        await renewal.AdoptOptionAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<RenewalCreated>> AddItem(int id, NewPlanItem request, RenewalService renewal, CancellationToken cancellationToken) =>
        Part(id, await renewal.AddItemAsync(id, request, cancellationToken));

    private static async Task<Created<RenewalCreated>> AddQuote(int id, NewQuote request, RenewalService renewal, CancellationToken cancellationToken) =>
        Part(id, await renewal.AddQuoteAsync(id, request, cancellationToken));

    private static async Task<NoContent> ChooseQuote(int id, Choice request, RenewalService renewal, CancellationToken cancellationToken)
    {
        await renewal.ChooseQuoteAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> QuotesSheet(int id, RenewalService renewal, CancellationToken cancellationToken) =>
        TypedResults.File(await renewal.QuotesSheetAsync(id, cancellationToken), Platform.Exports.OfficeTypes.Xlsx, $"多方比价-{id}.xlsx");

    private static async Task<Created<RenewalCreated>> AddPhoto(int id, IFormFile file, [Microsoft.AspNetCore.Mvc.FromForm] RenewalPhotoKind? kind,
        [Microsoft.AspNetCore.Mvc.FromForm] string? caption, [Microsoft.AspNetCore.Mvc.FromForm] int? beforeId, RenewalService renewal, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return Part(id, await renewal.AddPhotoAsync(id, kind, caption, beforeId, content, cancellationToken));
    }

    private static async Task<FileContentHttpResult> Photo(int id, int photoId, RenewalService renewal, CancellationToken cancellationToken)
    {
        var file = await renewal.PhotoAsync(id, photoId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Ok<IReadOnlyList<RenewalView>>> PublicProjects(int communityId, RenewalService renewal, CancellationToken cancellationToken) =>
        TypedResults.Ok(await renewal.PublicAsync(communityId, cancellationToken));

    private static async Task<FileContentHttpResult> PublicPhoto(int photoId, RenewalService renewal, CancellationToken cancellationToken)
    {
        var file = await renewal.PublicPhotoAsync(photoId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static Created<RenewalCreated> Part(int projectId, int id) => TypedResults.Created($"/api/v1/renewal/projects/{projectId}", new RenewalCreated(id));
}
