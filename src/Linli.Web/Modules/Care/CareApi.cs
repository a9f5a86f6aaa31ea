using System.Security.Claims;
using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Modules.Care.Requests;
using Linli.Web.Modules.Mediation;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Care;

/// <summary>
/// /api/v1/care: cases and referrals (record-level access), the request line's queue, health records; /api/v1/me/requests:
/// a resident's own requests; /api/v1/public: the request line's figures for anyone.
/// </summary>
public static class CareApi
{
    public static void MapCareApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/care/cases").WithTags("Care").RequireAuthorization(CarePolicies.Cases);
        cases.MapGet("/", CasesApi.List);
        cases.MapPost("/", CasesApi.Open).Validate<NewCase>();
        cases.MapGet("/{id:int}", CasesApi.Read);
        cases.MapPut("/{id:int}/intake", CasesApi.Intake).Validate<CaseIntake>();
        cases.MapPut("/{id:int}/assessment", CasesApi.Assess).Validate<NewAssessment>();
        cases.MapPut("/{id:int}/plan", CasesApi.Plan).Validate<NewPlan>();
        cases.MapPost("/{id:int}/sessions", CasesApi.Session).Validate<NewSession>();
        cases.MapPost("/{id:int}/crises", CasesApi.Crisis).Validate<NewCrisis>();
        cases.MapPost("/{id:int}/reviews", CasesApi.Review).Validate<NewReview>();
        cases.MapPost("/{id:int}/closing", CasesApi.RequestClosing).Validate<ClosingRequest>();
        cases.MapPost("/{id:int}/closing/approve", CasesApi.ApproveClosing);
        cases.MapPost("/{id:int}/closing/return", CasesApi.ReturnClosing).Validate<ClosingReturn>();
        cases.MapPost("/{id:int}/transfer", CasesApi.Transfer).Validate<CaseTransfer>();
        cases.MapPost("/{id:int}/readers", CasesApi.Grant).Validate<CaseReaderGrant>();
        cases.MapDelete("/{id:int}/readers/{userId}", CasesApi.Revoke);
        cases.MapPost("/{id:int}/referrals", CasesApi.Refer).Validate<NewReferral>();
        cases.MapPut("/{id:int}/referrals/{referralId:int}", CasesApi.UpdateReferral).Validate<ReferralUpdate>();
        cases.MapGet("/{id:int}/referrals/{referralId:int}/letter.docx", CasesApi.Letter).ProducesFile(Platform.Exports.OfficeTypes.Docx);
        app.MapGet("/api/v1/care/colleagues", CasesApi.Colleagues).WithTags("Care").RequireAuthorization(CarePolicies.Cases);

        var requests = app.MapGroup("/api/v1/care/requests").WithTags("Care").RequireAuthorization(CarePolicies.Requests);
        requests.MapGet("/", RequestsApi.List);
        requests.MapPost("/", RequestsApi.FileFor).Validate<NewStaffRequest>();
        requests.MapGet("/{id:int}", RequestsApi.Read);
        requests.MapPut("/{id:int}", RequestsApi.Update).Validate<RequestUpdate>();
        requests.MapPost("/{id:int}/case", RequestsApi.ToCase).Validate<RequestToCase>().RequireAuthorization(CarePolicies.Cases);
        requests.MapPost("/{id:int}/mediation", RequestsApi.ToMediation).Validate<RequestToMediation>().RequireAuthorization(MediationPolicies.Handle);
        requests.MapPost("/{id:int}/need", RequestsApi.ToNeed).Validate<RequestToNeed>().RequireAuthorization(Surveys.SurveysPolicies.Manage);
        // multipart/form-data with one image in "file".
        requests.MapPost("/{id:int}/photos", RequestsApi.AddPhoto).DisableAntiforgery();
        requests.MapGet("/{id:int}/photos/{fileId}", RequestsApi.Photo).ProducesFile("image/jpeg", "image/png", "image/webp");

        var me = app.MapGroup("/api/v1/me/requests").WithTags("Portal").RequireAuthorization();
        me.MapGet("/", RequestsApi.Own);
        me.MapPost("/", RequestsApi.FileOwn).Validate<NewOwnRequest>();
        me.MapPost("/{id:int}/confirmation", RequestsApi.Confirm).Validate<RequestConfirmation>();
        me.MapPost("/{id:int}/photos", RequestsApi.AddOwnPhoto).DisableAntiforgery();
        me.MapGet("/{id:int}/photos/{fileId}", RequestsApi.OwnPhoto).ProducesFile("image/jpeg", "image/png", "image/webp");

        app.MapGet("/api/v1/public/communities/{communityId:int}/requests", RequestsApi.Figures).WithTags("Care").AllowAnonymous();

        var health = app.MapGroup("/api/v1/care/health").WithTags("Care").RequireAuthorization(CarePolicies.Health);
        health.MapGet("/followups", HealthApi.FollowUps);
        health.MapGet("/{residentId:int}", HealthApi.Read);
        health.MapPost("/{residentId:int}/consent", HealthApi.Consent).Validate<HealthConsentRequest>();
        health.MapDelete("/{residentId:int}/consent", HealthApi.Withdraw);
        health.MapPut("/{residentId:int}/baseline", HealthApi.Baseline).Validate<HealthBaseline>();
        health.MapPost("/{residentId:int}/measurements", HealthApi.Measure).Validate<NewMeasurement>();
        health.MapPost("/{residentId:int}/notes", HealthApi.Note).Validate<NewHealthNote>();

        var clinics = app.MapGroup("/api/v1/care/clinics").WithTags("Care").RequireAuthorization(CarePolicies.Health);
        clinics.MapGet("/", ClinicsApi.List);
        clinics.MapPost("/", ClinicsApi.Plan).Validate<Clinics.NewClinicSeries>();
        clinics.MapGet("/{id:int}", ClinicsApi.Read);
        clinics.MapPost("/{id:int}/measurements", ClinicsApi.Measure).Validate<Clinics.SessionMeasurement>();

        var support = app.MapGroup("/api/v1/care").WithTags("Care").RequireAuthorization(CarePolicies.Cases);
        support.MapGet("/home-services", SupportApi.Services);
        support.MapPost("/home-services", SupportApi.RecordService).Validate<Support.NewHomeService>();
        support.MapGet("/pairings", SupportApi.Pairings);
        support.MapPost("/pairings", SupportApi.Pair).Validate<Support.NewPairing>();
        support.MapPost("/pairings/{id:int}/contacts", SupportApi.Contact).Validate<Support.PairingContact>();
        support.MapPost("/pairings/{id:int}/end", SupportApi.EndPairing);
        support.MapGet("/clubs", SupportApi.Clubs);
        support.MapPost("/clubs", SupportApi.FoundClub).Validate<Support.NewClub>();
        support.MapGet("/clubs/{id:int}", SupportApi.Club);
        support.MapPost("/clubs/{id:int}/members", SupportApi.Join).Validate<Support.ClubMembership>();
        support.MapDelete("/clubs/{id:int}/members/{residentId:int}", SupportApi.Leave);
        support.MapPost("/clubs/{id:int}/sessions", SupportApi.AddSession).Validate<Support.NewClubSession>();
    }
}

internal static class CasesApi
{
    internal static async Task<Ok<IReadOnlyList<CaseLine>>> List(int? communityId, bool? mine, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cases.ListAsync(communityId, mine ?? false, user, cancellationToken));

    internal static async Task<Created<CaseCreated>> Open(NewCase request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = await cases.OpenAsync(request, user, cancellationToken);
        return TypedResults.Created($"/api/v1/care/cases/{id}", new CaseCreated(id));
    }

    internal static async Task<Ok<CaseDetail>> Read(int id, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cases.ReadAsync(id, user, cancellationToken));

    internal static async Task<NoContent> Intake(int id, CaseIntake request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await cases.IntakeAsync(id, request, user, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> Assess(int id, NewAssessment request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await cases.AssessAsync(id, request, user, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> Plan(int id, NewPlan request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await cases.PlanAsync(id, request, user, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Created<EntryCreated>> Session(int id, NewSession request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/cases/{id}", new EntryCreated(await cases.AddSessionAsync(id, request, user, cancellationToken)));

    internal static async Task<Created<EntryCreated>> Crisis(int id, NewCrisis request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/cases/{id}", new EntryCreated(await cases.AddCrisisAsync(id, request, user, cancellationToken)));

    internal static async Task<Created<EntryCreated>> Review(int id, NewReview request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/cases/{id}", new EntryCreated(await cases.ReviewAsync(id, request, user, cancellationToken)));

    internal static async Task<Ok<CaseState>> RequestClosing(int id, ClosingRequest request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cases.RequestClosingAsync(id, request, user, cancellationToken));

    internal static async Task<Ok<CaseState>> ApproveClosing(int id, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cases.ApproveClosingAsync(id, user, cancellationToken));

    internal static async Task<Ok<CaseState>> ReturnClosing(int id, ClosingReturn request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cases.ReturnClosingAsync(id, request, user, cancellationToken));

    internal static async Task<NoContent> Transfer(int id, CaseTransfer request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await cases.TransferAsync(id, request, user, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> Grant(int id, CaseReaderGrant request, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await cases.GrantReaderAsync(id, request, user, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> Revoke(int id, string userId, CasesService cases, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await cases.RevokeReaderAsync(id, userId, user, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Created<ReferralCreated>> Refer(int id, NewReferral request, ReferralsService referrals, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/cases/{id}", new ReferralCreated(await referrals.SendAsync(id, request, user, cancellationToken)));

    internal static async Task<Ok<ReferralView>> UpdateReferral(int id, int referralId, ReferralUpdate request, ReferralsService referrals, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await referrals.UpdateAsync(id, referralId, request, user, cancellationToken));

    internal static async Task<FileContentHttpResult> Letter(int id, int referralId, ReferralsService referrals, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.File(await referrals.LetterAsync(id, referralId, user, cancellationToken), Platform.Exports.OfficeTypes.Docx, $"转介函-{id}-{referralId}.docx");

    /// <summary>Who may supervise, take over or read a case in the community: its staff and social workers.</summary>
    internal static async Task<Ok<IReadOnlyList<StaffMember>>> Colleagues(int communityId, Residents.ResidentPlacement placement, StaffDirectory staff,
        CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return TypedResults.Ok(await staff.OfCommunityAsync(communityId, CarePolicies.CaseRoles, cancellationToken));
    }
}

internal static class RequestsApi
{
    internal static async Task<Ok<IReadOnlyList<RequestLine>>> List(int? communityId, bool? overdue, RequestStatus? status, int? take, RequestsService requests,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.ListAsync(communityId, overdue ?? false, status, take, cancellationToken));

    internal static async Task<Created<RequestCreated>> FileFor(NewStaffRequest request, RequestsService requests, CancellationToken cancellationToken)
    {
        var created = await requests.FileForAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/care/requests/{created.Id}", created);
    }

    internal static async Task<Ok<RequestDetail>> Read(int id, RequestsService requests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.ReadAsync(id, cancellationToken));

    internal static async Task<Ok<RequestDetail>> Update(int id, RequestUpdate request, RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.UpdateAsync(id, request, user, cancellationToken));

    internal static async Task<Created<LinkCreated>> ToCase(int id, RequestToCase request, RequestLinks links, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caseId = await links.ToCaseAsync(id, request, user, cancellationToken);
        return TypedResults.Created($"/api/v1/care/cases/{caseId}", new LinkCreated(caseId));
    }

    internal static async Task<Created<LinkCreated>> ToMediation(int id, RequestToMediation request, RequestLinks links, CancellationToken cancellationToken)
    {
        var mediationId = await links.ToMediationAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/mediation/cases/{mediationId}", new LinkCreated(mediationId));
    }

    internal static async Task<Created<LinkCreated>> ToNeed(int id, RequestToNeed request, RequestLinks links, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/needs", new LinkCreated(await links.ToNeedAsync(id, request, cancellationToken)));

    internal static async Task<NoContent> AddPhoto(int id, IFormFile file, RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        await requests.AddPhotoAsync(id, content, user.Identity?.Name ?? "", cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<FileContentHttpResult> Photo(int id, Guid fileId, RequestsService requests, CancellationToken cancellationToken)
    {
        var file = await requests.PhotoAsync(id, fileId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    internal static async Task<Ok<IReadOnlyList<OwnRequestView>>> Own(RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.OwnAsync(user.UserId(), cancellationToken));

    internal static async Task<Created<RequestCreated>> FileOwn(NewOwnRequest request, RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/me/requests", await requests.FileOwnAsync(user.UserId(), request, cancellationToken));

    internal static async Task<Ok<OwnRequestView>> Confirm(int id, RequestConfirmation request, RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.ConfirmAsync(user.UserId(), id, request, cancellationToken));

    internal static async Task<NoContent> AddOwnPhoto(int id, IFormFile file, RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await requests.EnsureOwnAsync(user.UserId(), id, cancellationToken);
        return await AddPhoto(id, file, requests, user, cancellationToken);
    }

    internal static async Task<FileContentHttpResult> OwnPhoto(int id, Guid fileId, RequestsService requests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await requests.EnsureOwnAsync(user.UserId(), id, cancellationToken);
        return await Photo(id, fileId, requests, cancellationToken);
    }

    internal static async Task<Ok<RequestFigures>> Figures(int communityId, DateOnly? from, DateOnly? to, RequestFiguresService figures, CancellationToken cancellationToken) =>
        TypedResults.Ok(await figures.ForCommunityAsync(communityId, from, to, cancellationToken));
}

internal static class HealthApi
{
    internal static async Task<Ok<IReadOnlyList<FollowUpLine>>> FollowUps(int communityId, HealthService health, Residents.ResidentPlacement placement,
        CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return TypedResults.Ok(await health.FollowUpsAsync(communityId, cancellationToken));
    }

    internal static async Task<Ok<HealthView>> Read(int residentId, HealthService health, CancellationToken cancellationToken) =>
        TypedResults.Ok(await health.ReadAsync(residentId, cancellationToken));

    internal static async Task<Created<HealthConsentCreated>> Consent(int residentId, HealthConsentRequest request, HealthService health, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/health/{residentId}", await health.ConsentAsync(residentId, request, cancellationToken));

    internal static async Task<NoContent> Withdraw(int residentId, HealthService health, CancellationToken cancellationToken)
    {
        await health.WithdrawAsync(residentId, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> Baseline(int residentId, HealthBaseline request, HealthService health, CancellationToken cancellationToken)
    {
        await health.BaselineAsync(residentId, request, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Created<MeasurementCreated>> Measure(int residentId, NewMeasurement request, HealthService health, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/health/{residentId}", await health.MeasureAsync(residentId, request, cancellationToken));

    internal static async Task<Created<EntryCreated>> Note(int residentId, NewHealthNote request, HealthService health, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/health/{residentId}", new EntryCreated(await health.NoteAsync(residentId, request, cancellationToken)));
}

internal static class ClinicsApi
{
    internal static async Task<Created<Clinics.ClinicSeriesCreated>> Plan(Clinics.NewClinicSeries request, Clinics.ClinicsService clinics, CancellationToken cancellationToken)
    {
        var created = await clinics.PlanAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/care/clinics/{created.Ids[0]}", created);
    }

    internal static async Task<Ok<IReadOnlyList<Clinics.ClinicLine>>> List(int communityId, Clinics.ClinicsService clinics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await clinics.ListAsync(communityId, cancellationToken));

    internal static async Task<Ok<Clinics.ClinicDetail>> Read(int id, Clinics.ClinicsService clinics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await clinics.ReadAsync(id, cancellationToken));

    internal static async Task<Created<MeasurementCreated>> Measure(int id, Clinics.SessionMeasurement request, Clinics.ClinicsService clinics, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/care/clinics/{id}", await clinics.MeasureAsync(id, request, user, cancellationToken));
}

internal static class SupportApi
{
    internal static async Task<Ok<IReadOnlyList<Support.HomeServiceLine>>> Services(int communityId, int? residentId, Support.SupportService support,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await support.ServicesAsync(communityId, residentId, cancellationToken));

    internal static async Task<Created<Support.SupportCreated>> RecordService(Support.NewHomeService request, Support.SupportService support, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/care/home-services", new Support.SupportCreated(await support.RecordServiceAsync(request, cancellationToken)));

    internal static async Task<Ok<IReadOnlyList<Support.PairingLine>>> Pairings(int communityId, Support.SupportService support, CancellationToken cancellationToken) =>
        TypedResults.Ok(await support.PairingsAsync(communityId, cancellationToken));

    internal static async Task<Created<Support.SupportCreated>> Pair(Support.NewPairing request, Support.SupportService support, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/care/pairings", new Support.SupportCreated(await support.PairAsync(request, cancellationToken)));

    internal static async Task<NoContent> Contact(int id, Support.PairingContact request, Support.SupportService support, CancellationToken cancellationToken)
    {
        await support.ContactAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> EndPairing(int id, Support.SupportService support, CancellationToken cancellationToken)
    {
        await support.EndPairingAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<IReadOnlyList<Support.ClubLine>>> Clubs(int communityId, Support.SupportService support, CancellationToken cancellationToken) =>
        TypedResults.Ok(await support.ClubsAsync(communityId, cancellationToken));

    internal static async Task<Created<Support.SupportCreated>> FoundClub(Support.NewClub request, Support.SupportService support, CancellationToken cancellationToken)
    {
        var id = await support.FoundClubAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/care/clubs/{id}", new Support.SupportCreated(id));
    }

    internal static async Task<Ok<Support.ClubDetail>> Club(int id, Support.SupportService support, CancellationToken cancellationToken) =>
        TypedResults.Ok(await support.ReadClubAsync(id, cancellationToken));

    internal static async Task<NoContent> Join(int id, Support.ClubMembership request, Support.SupportService support, CancellationToken cancellationToken)
    {
        await support.JoinAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> Leave(int id, int residentId, Support.SupportService support, CancellationToken cancellationToken)
    {
        await support.LeaveAsync(id, residentId, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Created<Support.SupportCreated>> AddSession(int id, Support.NewClubSession request, Support.SupportService support, CancellationToken cancellationToken)
    {
        var activityId = await support.AddSessionAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{activityId}", new Support.SupportCreated(activityId));
    }
}
