using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Mediation;

/// <summary>/api/v1/mediation: cases, their steps, outcome and follow-up check, the persuasion letter, and counts that name nobody.</summary>
public static class MediationApi
{
    public static void MapMediationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/mediation").WithTags("Mediation").RequireAuthorization(MediationPolicies.Handle);
        api.MapGet("/cases", Cases);
        api.MapPost("/cases", Open).Validate<NewMediation>();
        api.MapGet("/cases/{id:int}", Read);
        api.MapPost("/cases/{id:int}/steps", AddStep).Validate<NewMediationStep>();
        // multipart/form-data with one image in "file".
        api.MapPost("/cases/{id:int}/steps/{stepId:int}/photo", AttachPhoto).DisableAntiforgery();
        api.MapGet("/cases/{id:int}/steps/{stepId:int}/photo", Photo).ProducesFile("image/jpeg", "image/png", "image/webp");
        api.MapGet("/cases/{id:int}/steps/{stepId:int}/letter.docx", Letter).ProducesFile(Platform.Exports.OfficeTypes.Docx);
        api.MapPut("/cases/{id:int}/outcome", Outcome).Validate<MediationResult>();
        api.MapPost("/cases/{id:int}/check", Check).Validate<FollowUpCheck>();
        app.MapGet("/api/v1/mediation/counts", Counts).WithTags("Mediation").RequireAuthorization(MediationPolicies.Count);
    }

    private static async Task<Ok<IReadOnlyList<MediationLine>>> Cases(int? communityId, MediationStatus? status, int? take, MediationService mediation,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediation.ListAsync(communityId, status, take, cancellationToken));

    private static async Task<Created<MediationCreated>> Open(NewMediation request, MediationService mediation, CancellationToken cancellationToken)
    {
        var id = await mediation.OpenAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/mediation/cases/{id}", new MediationCreated(id));
    }

    private static async Task<Ok<MediationDetail>> Read(int id, MediationService mediation, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediation.ReadAsync(id, cancellationToken));

    private static async Task<Created<StepCreated>> AddStep(int id, NewMediationStep request, MediationService mediation, CancellationToken cancellationToken)
    {
        var stepId = await mediation.AddStepAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/mediation/cases/{id}", new StepCreated(stepId));
    }

    private static async Task<NoContent> AttachPhoto(int id, int stepId, IFormFile file, MediationService mediation, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        await mediation.AttachPhotoAsync(id, stepId, content, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Photo(int id, int stepId, MediationService mediation, CancellationToken cancellationToken)
    {
        var file = await mediation.PhotoAsync(id, stepId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<FileContentHttpResult> Letter(int id, int stepId, MediationService mediation, CancellationToken cancellationToken) =>
        TypedResults.File(await mediation.LetterAsync(id, stepId, cancellationToken), Platform.Exports.OfficeTypes.Docx, $"文明劝导函-{id}.docx");

    private static async Task<NoContent> Outcome(int id, MediationResult request, MediationService mediation, CancellationToken cancellationToken)
    {
        await mediation.RecordOutcomeAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Check(int id, FollowUpCheck request, MediationService mediation, CancellationToken cancellationToken)
    {
        await mediation.CheckAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<MediationCount>>> Counts(int? communityId, DateOnly? from, DateOnly? to, MediationService mediation,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediation.CountAsync(communityId, from, to, cancellationToken));
}
