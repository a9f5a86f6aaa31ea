using Linli.Web.Platform.Api;
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
    }, new Dictionary<string, string>
    {
        ["Consultations"] = "Household consultations (入户意见征询): one answer per household, a share such as seed 004's 97% — a non-binding result, not an owners' vote",
    });
}
