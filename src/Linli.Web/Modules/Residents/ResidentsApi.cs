using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Residents;

public sealed record CreateResidentRequest(
    int? UnitId,
    int? CommunityId,
    int? HouseholdId,
    [property: Required] string? Name,
    string? Gender,
    DateOnly? BirthDate,
    string? IdNumber,
    string? Phone,
    string? RelationToHead,
    DateOnly? MovedInOn,
    string? Notes,
    string[]? Tags,
    DisabilityInput? Disability);

/// <summary>PUT /api/v1/residents/{id}: a field left out keeps its value ("" removes a text such as the phone); tags left out stay.</summary>
public sealed record UpdateResidentRequest(
    string? Name,
    string? Gender,
    DateOnly? BirthDate,
    string? IdNumber,
    string? Phone,
    string? RelationToHead,
    DateOnly? MovedInOn,
    string? Notes,
    string[]? Tags,
    DisabilityInput? Disability);

/// <summary>PUT /api/v1/residents/{id}/status: Living, MovedAway or Deceased; the date is required for the last two.</summary>
public sealed record SetStatusRequest([property: Required] ResidentStatus? Status, DateOnly? On);

/// <summary>GET /api/v1/residents/{id}: the resident's own fields at the top, then household, care and visits.</summary>
public sealed record ResidentResponse(int Id, int CommunityId, int HouseholdId, int? UnitId, string? UnitLabel, string Name, Gender Gender,
    DateOnly BirthDate, int Age, string? IdNumberMasked, string? PhoneMasked, IReadOnlyList<string> Tags, ResidentStatus Status,
    string? RelationToHead, DateOnly? MovedInOn, DateOnly? StatusOn, string? Notes, IReadOnlyList<ResidentSummary> Household,
    IReadOnlyList<CareFlagDetail>? SensitiveTags, RecipientView? Care, IReadOnlyList<VisitView> Visits)
{
    public static ResidentResponse From(ResidentDetail d)
    {
        var r = d.Resident;
        return new(r.Id, r.CommunityId, r.HouseholdId, r.UnitId, r.UnitLabel, r.Name, r.Gender, r.BirthDate, r.Age, r.IdNumberMasked, r.PhoneMasked,
            r.Tags, r.Status, d.RelationToHead, d.MovedInOn, d.StatusOn, d.Notes, d.Household, d.SensitiveTags, d.Care, d.Visits);
    }
}

public static class ResidentsApi
{
    public static void MapResidentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/residents").WithTags("Residents").RequireAuthorization(ResidentsPolicies.Read);
        api.MapGet("/", List);
        api.MapGet("/{id:int}", Get);
        api.MapPost("/", Create).RequireAuthorization(ResidentsPolicies.Edit).Validate<CreateResidentRequest>();
        api.MapPut("/{id:int}", Update).RequireAuthorization(ResidentsPolicies.Edit).Validate<UpdateResidentRequest>();
        api.MapPut("/{id:int}/status", SetStatus).RequireAuthorization(ResidentsPolicies.Edit).Validate<SetStatusRequest>();
    }

    private static async Task<Ok<ResidentPage>> List(int? communityId, int? regionId, string? tag, string? q, CareGrade? grade, int? limit, string? after,
        ResidentsService residents, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken cancellationToken) =>
        TypedResults.Ok(await residents.SearchAsync(new ResidentQuery(communityId, regionId, tag, q, grade, limit ?? 50, after),
            await authorization.AllowsAsync(user, ResidentsPolicies.SensitiveCare), cancellationToken));

    private static async Task<Ok<ResidentResponse>> Get(int id, ResidentsService residents, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken cancellationToken) =>
        TypedResults.Ok(ResidentResponse.From(await residents.GetAsync(id, await authorization.AllowsAsync(user, ResidentsPolicies.SensitiveCare), cancellationToken)));

    private static async Task<Created<ResidentSummary>> Create(CreateResidentRequest request, ResidentsService residents, CancellationToken cancellationToken)
    {
        var resident = await residents.CreateAsync(new NewResident(request.UnitId, request.CommunityId, request.HouseholdId,
            new ResidentInput(request.Name, request.Gender, request.BirthDate, request.IdNumber, request.Phone, request.RelationToHead, request.MovedInOn, request.Notes),
            request.Tags ?? [], request.Disability), cancellationToken);
        return TypedResults.Created($"/api/v1/residents/{resident.Id}", await residents.SummaryAsync(resident, cancellationToken));
    }

    private static async Task<Ok<ResidentSummary>> Update(int id, UpdateResidentRequest request, ResidentsService residents, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var resident = await residents.UpdateAsync(id, new ResidentChange(
            new ResidentInput(request.Name, request.Gender, request.BirthDate, request.IdNumber, request.Phone, request.RelationToHead, request.MovedInOn, request.Notes),
            request.Tags, request.Disability), await authorization.AllowsAsync(user, ResidentsPolicies.SensitiveCare), cancellationToken);
        return TypedResults.Ok(await residents.SummaryAsync(resident, cancellationToken));
    }

    private static async Task<Ok<ResidentSummary>> SetStatus(int id, SetStatusRequest request, ResidentsService residents, CancellationToken cancellationToken)
    {
        var resident = await residents.SetStatusAsync(id, request.Status!.Value, request.On, cancellationToken);
        return TypedResults.Ok(await residents.SummaryAsync(resident, cancellationToken));
    }
}
