using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Stewards;

/// <summary>/api/v1/consultations: household consultations (入户意见征询), their answers and their result.</summary>
public static class StewardsApi
{
    public static void MapStewardsApi(this IEndpointRouteBuilder app)
    {
        var consultations = app.MapGroup("/api/v1/consultations").WithTags("Consultations").RequireAuthorization(StewardsPolicies.Read);
        consultations.MapGet("/", List);
        consultations.MapPost("/", Create).Validate<NewConsultation>().RequireAuthorization(StewardsPolicies.Run);
        consultations.MapGet("/{id:int}", Read);
        consultations.MapPost("/{id:int}/answers", Answer).Validate<NewConsultationAnswer>().RequireAuthorization(StewardsPolicies.Run);
        consultations.MapGet("/{id:int}/result", Result);
        consultations.MapPost("/{id:int}/close", Close).RequireAuthorization(StewardsPolicies.Run);
        consultations.MapPost("/{id:int}/notice", Publish).RequireAuthorization(StewardsPolicies.Run);

        var stewards = app.MapGroup("/api/v1/stewards").WithTags("Stewards").RequireAuthorization(StewardsPolicies.Read);
        stewards.MapGet("/", ListStewards);
        stewards.MapPost("/", Appoint).Validate<NewSteward>().RequireAuthorization(StewardsPolicies.Run);
        stewards.MapGet("/{id:int}/households", Households);
        stewards.MapPost("/{id:int}/end", EndTerm).Validate<HandBack>().RequireAuthorization(StewardsPolicies.Run);

        // The steward's own desk: any signed-in account, answering only for the resident it is (none: no places).
        var desk = app.MapGroup("/api/v1/me/steward").WithTags("Stewards").RequireAuthorization();
        desk.MapGet("/", Desk);
        desk.MapPost("/consultations/{id:int}/answers", AnswerAtDoor).Validate<NewConsultationAnswer>();

        var adoptions = app.MapGroup("/api/v1/adoptions").WithTags("Adoptions").RequireAuthorization(StewardsPolicies.Read);
        adoptions.MapGet("/", ListAdoptions);
        adoptions.MapPost("/", Adopt).Validate<NewAdoption>().RequireAuthorization(StewardsPolicies.Run);
        adoptions.MapGet("/{id:int}", ReadAdoption);
        adoptions.MapPost("/{id:int}/care", Care).Validate<NewCare>().RequireAuthorization(StewardsPolicies.Run);
        adoptions.MapPost("/{id:int}/care/{careId:int}/photo", AttachPhoto).RequireAuthorization(StewardsPolicies.Run).DisableAntiforgery();
        adoptions.MapGet("/{id:int}/care/{careId:int}/photo", Photo).ProducesFile("image/jpeg", "image/png", "image/webp");
        adoptions.MapPost("/{id:int}/end", End).Validate<HandBack>().RequireAuthorization(StewardsPolicies.Run);
        app.MapGet("/console/adoptions/{id:int}/care/{careId:int}/photo", async Task<Results<FileContentHttpResult, NotFound>> (int id, int careId, AdoptionsService adoptions,
            CancellationToken ct) =>
        {
            // Outside /api a NotFoundException would become the error page; an <img> wants a plain 404.
            try
            {
                return await Photo(id, careId, adoptions, ct);
            }
            catch (NotFoundException)
            {
                return TypedResults.NotFound();
            }
        }).RequireAuthorization(StewardsPolicies.Read).ExcludeFromDescription();
    }

    private static async Task<Ok<IReadOnlyList<StewardLine>>> ListStewards(int communityId, StewardsService stewards, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stewards.ListAsync(communityId, cancellationToken));

    private static async Task<Created<StewardsCreated>> Appoint(NewSteward request, StewardsService stewards, CancellationToken cancellationToken)
    {
        var id = await stewards.AppointAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/stewards/{id}/households", new StewardsCreated(id));
    }

    private static async Task<Ok<StewardHouseholds>> Households(int id, StewardsService stewards, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stewards.HouseholdsAsync(id, cancellationToken));

    private static async Task<NoContent> EndTerm(int id, HandBack request, StewardsService stewards, CancellationToken cancellationToken)
    {
        await stewards.EndAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<AdoptionLine>>> ListAdoptions(int? communityId, AdoptionsService adoptions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await adoptions.ListAsync(communityId, cancellationToken));

    private static async Task<Ok<StewardDeskView>> Desk(StewardDesk desk, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ReadAsync(user.UserId(), cancellationToken));

    private static async Task<Created<StewardsCreated>> AnswerAtDoor(int id, NewConsultationAnswer request, StewardDesk desk, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var answer = await desk.AnswerAsync(user.UserId(), id, request, cancellationToken);
        return TypedResults.Created("/api/v1/me/steward", new StewardsCreated(answer));
    }

    private static async Task<Created<StewardsCreated>> Adopt(NewAdoption request, AdoptionsService adoptions, CancellationToken cancellationToken)
    {
        var id = await adoptions.AdoptAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/adoptions/{id}", new StewardsCreated(id));
    }

    private static async Task<Ok<AdoptionDetail>> ReadAdoption(int id, AdoptionsService adoptions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await adoptions.ReadAsync(id, cancellationToken));

    private static async Task<Created<StewardsCreated>> Care(int id, NewCare request, AdoptionsService adoptions, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/adoptions/{id}", new StewardsCreated(await adoptions.CareAsync(id, request, null, cancellationToken)));

    private static async Task<NoContent> AttachPhoto(int id, int careId, IFormFile? file, AdoptionsService adoptions, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        await adoptions.AttachPhotoAsync(id, careId, content, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Photo(int id, int careId, AdoptionsService adoptions, CancellationToken cancellationToken)
    {
        var file = await adoptions.CarePhotoAsync(id, careId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Ok<AdoptionDetail>> End(int id, HandBack request, AdoptionsService adoptions, CancellationToken cancellationToken)
    {
        await adoptions.HandBackAsync(id, request, cancellationToken);
        return TypedResults.Ok(await adoptions.ReadAsync(id, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<ConsultationView>>> List(int? communityId, ConsultationsService consultations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await consultations.ListAsync(communityId, cancellationToken));

    private static async Task<Created<StewardsCreated>> Create(NewConsultation request, ConsultationsService consultations, CancellationToken cancellationToken)
    {
        var id = await consultations.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/consultations/{id}", new StewardsCreated(id));
    }

    private static async Task<Ok<ConsultationView>> Read(int id, ConsultationsService consultations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await consultations.ReadAsync(id, cancellationToken));

    private static async Task<Created<StewardsCreated>> Answer(int id, NewConsultationAnswer request, ConsultationsService consultations, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/consultations/{id}/result", new StewardsCreated(await consultations.AnswerAsync(id, request, cancellationToken)));

    private static async Task<Ok<ConsultationResult>> Result(int id, ConsultationsService consultations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await consultations.ResultAsync(id, cancellationToken));

    private static async Task<Ok<ConsultationResult>> Publish(int id, ConsultationsService consultations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await consultations.PublishAsync(id, cancellationToken));

    private static async Task<Ok<ConsultationResult>> Close(int id, ConsultationsService consultations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await consultations.CloseAsync(id, cancellationToken));
}

/// <summary>The OpenAPI summaries of the consultations (<see cref="ApiSummaries"/>).</summary>
public static class StewardsApiSummaries
{
    public static readonly ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/consultations"] = "Household consultations of your communities, latest first",
        ["POST /api/v1/consultations"] = "Put a question to the households of a community (or of a compound or building of it, regionId): title, 2–10 options",
        ["GET /api/v1/consultations/{id}"] = "A consultation: its question, place and options, open or closed",
        ["POST /api/v1/consultations/{id}/answers"] = "A household's answer, taken at the door: one per household (a second is 409), a household living in the place",
        ["GET /api/v1/consultations/{id}/result"] = "The result: households asked, how many answered, each option's share of the answers in percent (two decimals) and its count; not binding",
        ["POST /api/v1/consultations/{id}/close"] = "Stop taking answers; the result stands",
        ["POST /api/v1/consultations/{id}/notice"] = "Publish a closed consultation's result as a notice of its place (households, answers, each share; not a vote); once",
        ["GET /api/v1/me/steward"] = "A building steward's own desk: their places, the consultations open there and each door (flat, answered or not; no names)",
        ["POST /api/v1/me/steward/consultations/{id}/answers"] = "A steward takes a door's answer: a household behind one of their doors, one of the options, once per household (409)",
        ["GET /api/v1/stewards"] = "The community's building stewards (楼门长), serving ones first: their building or entrance and how many households live there",
        ["POST /api/v1/stewards"] = "Appoint a steward: a resident living in the building or entrance (regionId), from a day; one per place at a time (409)",
        ["GET /api/v1/stewards/{id}/households"] = "The households a steward calls on: each with its flat and its members",
        ["POST /api/v1/stewards/{id}/end"] = "End a steward's term on a day",
        ["GET /api/v1/adoptions"] = "The adoption register (认领/认养): plants, beds and green patches, who adopted them, their care count and last care day",
        ["POST /api/v1/adoptions"] = "Adopt: kind Plant|Bed|GreenPatch, item, place, adopterId (a resident; byFamily for the household), guardianId for a child, duties, from",
        ["GET /api/v1/adoptions/{id}"] = "An adoption with its care log, latest first (a child adopter's name masked)",
        ["POST /api/v1/adoptions/{id}/care"] = "A care entry: note, day (from the adoption's start to today), hours",
        ["POST /api/v1/adoptions/{id}/care/{careId}/photo"] = "Attach a care entry's photo (a JPEG, PNG or WebP image, form field file); once",
        ["GET /api/v1/adoptions/{id}/care/{careId}/photo"] = "A care entry's photo",
        ["POST /api/v1/adoptions/{id}/end"] = "Hand the item back on a day; care is logged up to it",
    }, new Dictionary<string, string>
    {
        ["Stewards"] = "Building stewards (楼门长): who looks after which building or entrance, and the households they carry notices and questions to",
        ["Adoptions"] = "Adoption of plants and green (认领/认养): the register, the adopters (a child with a guardian) and the care log with photos",
        ["Consultations"] = "Household consultations (入户意见征询): one answer per household, a share such as seed 004's 97% — a non-binding result, not an owners' vote",
    });
}
