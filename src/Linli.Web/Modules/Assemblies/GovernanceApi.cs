using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Assemblies;

/// <summary>/api/v1/assemblies/compounds/{compoundId}: a compound's rules for votes, founding documents and committee terms.</summary>
public static class GovernanceApi
{
    public static void MapGovernanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/assemblies/compounds/{compoundId:int}").WithTags("Assemblies").RequireAuthorization(AssembliesPolicies.Read);
        api.MapGet("/", View);
        api.MapPut("/rules", SetRules).RequireAuthorization(AssembliesPolicies.Manage).Validate<RulesInput>();
        api.MapPost("/documents", RecordDocument).RequireAuthorization(AssembliesPolicies.Manage).Validate<NewDocument>();
        // multipart/form-data with the adopted text in "file" (PDF, Word, or a photo of the signed pages).
        api.MapPost("/documents/{documentId:int}/file", AttachDocument).RequireAuthorization(AssembliesPolicies.Manage).DisableAntiforgery();
        MapDocumentFile(api);
        // The same file for signed-in browsers (the API takes bearer tokens only); errors answer as the API's do.
        MapDocumentFile(app.MapGroup("/console/assemblies/compounds/{compoundId:int}").ExcludeFromDescription().WithMetadata(new JsonErrors())
            .RequireAuthorization(AssembliesPolicies.Read));
        api.MapPost("/terms", CreateTerm).RequireAuthorization(AssembliesPolicies.Manage).Validate<NewTerm>();
        api.MapPost("/terms/{termId:int}/filing", File).RequireAuthorization(AssembliesPolicies.Manage).Validate<FilingInput>();
        api.MapPost("/terms/{termId:int}/handover", HandOver).RequireAuthorization(AssembliesPolicies.Manage).Validate<HandoverInput>();
    }

    private static void MapDocumentFile(RouteGroupBuilder group) =>
        group.MapGet("/documents/{documentId:int}/file", async (int compoundId, int documentId, CompoundGovernance governance, CancellationToken ct) =>
        {
            var file = await governance.DocumentFileAsync(compoundId, documentId, ct);
            return TypedResults.File(file.Content, file.ContentType);
        }).ProducesFile("application/pdf", Platform.Exports.OfficeTypes.Docx, "image/jpeg", "image/png", "image/webp");

    private static async Task<Ok<GovernanceView>> View(int compoundId, CompoundGovernance governance, CancellationToken cancellationToken) =>
        TypedResults.Ok(await governance.ViewAsync(compoundId, cancellationToken));

    private static async Task<Ok<RulesView>> SetRules(int compoundId, RulesInput request, CompoundGovernance governance, CancellationToken cancellationToken) =>
        TypedResults.Ok(await governance.SetRulesAsync(compoundId, request, cancellationToken));

    private static async Task<Created<DocumentView>> RecordDocument(int compoundId, NewDocument request, CompoundGovernance governance, CancellationToken cancellationToken)
    {
        var d = await governance.RecordDocumentAsync(compoundId, request, cancellationToken);
        return TypedResults.Created($"/api/v1/assemblies/compounds/{compoundId}",
            new DocumentView(d.Id, d.Kind, d.Version, d.AdoptedByAssemblyId, d.AdoptedByItemId, d.EffectiveOn, d.Note, false, Platform.Localization.ChinaTime.ToOffset(d.RecordedAt)));
    }

    private static async Task<NoContent> AttachDocument(int compoundId, int documentId, IFormFile file, CompoundGovernance governance, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        await governance.AttachDocumentAsync(compoundId, documentId, content, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<TermCreated>> CreateTerm(int compoundId, NewTerm request, CompoundGovernance governance, CancellationToken cancellationToken)
    {
        var term = await governance.CreateTermAsync(compoundId, request, cancellationToken);
        return TypedResults.Created($"/api/v1/assemblies/compounds/{compoundId}", new TermCreated(term.Id, term.Number));
    }

    private static async Task<NoContent> File(int compoundId, int termId, FilingInput request, CompoundGovernance governance, CancellationToken cancellationToken)
    {
        await governance.FileTermAsync(compoundId, termId, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> HandOver(int compoundId, int termId, HandoverInput request, CompoundGovernance governance, CancellationToken cancellationToken)
    {
        await governance.HandOverAsync(compoundId, termId, request, cancellationToken);
        return TypedResults.NoContent();
    }
}
