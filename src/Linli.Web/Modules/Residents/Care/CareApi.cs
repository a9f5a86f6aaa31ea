using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Residents.Care;

public sealed record SetCareRequest([property: Required] CareGrade? Grade, [property: Required] string? Responsible, string? Needs);

public sealed record RecordVisitRequest([property: Required] DateOnly? On, VisitKind? Kind, [property: Required] string? Visitor, [property: Required] string? Findings,
    string? Needs, string? FollowUp);

public sealed record CareSettingsResponse(int CommunityId, int LivingAloneAlertDays);

public sealed record SetCareSettingsRequest([property: Required] int? LivingAloneAlertDays);

public static class CareApi
{
    public static void MapCareApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/residents").WithTags("Care ledger").RequireAuthorization(ResidentsPolicies.Read);
        api.MapPut("/{id:int}/care", SetCare).RequireAuthorization(ResidentsPolicies.Edit).Validate<SetCareRequest>();
        api.MapPost("/{id:int}/visits", RecordVisit).RequireAuthorization(ResidentsPolicies.Edit).Validate<RecordVisitRequest>();
        api.MapGet("/care/overdue", Overdue);
        api.MapGet("/care/birthdays", Birthdays);
        api.MapGet("/care/settings", Settings);
        api.MapPut("/care/settings", SetSettings).RequireAuthorization(ResidentsPolicies.Edit).Validate<SetCareSettingsRequest>();
    }

    private static async Task<Ok<RecipientView>> SetCare(int id, SetCareRequest request, CareService care, ResidentsService residents, CancellationToken cancellationToken)
    {
        await care.TakeIntoCareAsync(id, new CareRequest(request.Grade!.Value, request.Responsible!, request.Needs), cancellationToken);
        return TypedResults.Ok((await residents.GetAsync(id, includeSensitive: false, cancellationToken)).Care!);
    }

    private static async Task<Created<VisitView>> RecordVisit(int id, RecordVisitRequest request, CareService care, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var v = await care.RecordVisitAsync(id, new VisitRequest(request.On!.Value, request.Kind ?? VisitKind.HomeVisit, request.Visitor!, request.Findings!,
            request.Needs, request.FollowUp), user.Identity?.Name ?? "", cancellationToken);
        return TypedResults.Created($"/api/v1/residents/{id}", new VisitView(v.Id, v.On, v.Kind, v.Visitor, v.Findings, v.Needs, v.FollowUp, v.RecordedBy));
    }

    private static async Task<Ok<IReadOnlyList<OverdueItem>>> Overdue(int communityId, CareService care, CancellationToken cancellationToken) =>
        TypedResults.Ok(await care.OverdueAsync(communityId, cancellationToken));

    private static async Task<Ok<IReadOnlyList<BirthdayItem>>> Birthdays(int communityId, int? month, CareService care, CancellationToken cancellationToken) =>
        TypedResults.Ok(await care.BirthdaysAsync(communityId, month ?? care.Today.Month, cancellationToken));

    private static async Task<Ok<CareSettingsResponse>> Settings(int communityId, CareService care, ResidentPlacement placement, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return TypedResults.Ok(new CareSettingsResponse(communityId, await care.AlertDaysAsync(communityId, cancellationToken)));
    }

    private static async Task<Ok<CareSettingsResponse>> SetSettings(int communityId, SetCareSettingsRequest request, CareService care, CancellationToken cancellationToken)
    {
        await care.SetAlertDaysAsync(communityId, request.LivingAloneAlertDays!.Value, cancellationToken);
        return TypedResults.Ok(new CareSettingsResponse(communityId, request.LivingAloneAlertDays.Value));
    }
}
