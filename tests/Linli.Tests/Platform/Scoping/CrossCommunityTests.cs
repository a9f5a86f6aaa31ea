using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Platform.Scoping;

/// <summary>
/// Staff of community B try every endpoint that exists against community A's records. Each must
/// answer as if A's records did not exist (404), or refuse by role (403), and no answer may carry
/// A's names. A new endpoint fails <see cref="Every_endpoint_has_a_probe"/> until a probe is added
/// here: that is how later modules join this test.
/// </summary>
public sealed class CrossCommunityTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private enum Expect
    {
        /// <summary>Scoped: the other community's record is not found.</summary>
        NotFound,
        /// <summary>Refused by role before scope matters.</summary>
        Forbidden,
        /// <summary>Answers about the caller only; checked for leaks.</summary>
        OwnDataOnly,
        /// <summary>A write aimed at the other community: refused as invalid (422) or absent (404), never done.</summary>
        Refused,
    }

    /// <summary>What a probe may aim at: community A's tree and A's staff member.</summary>
    private sealed record Target(TestTree Tree, string StaffAId)
    {
        public int CommunityA => Tree.CommunityA;
        public int CompoundA => Tree.CompoundA;
        public int UnitA => Tree.UnitA;
        public int ResidentA { get; init; }
        public int OwnerA { get; init; }
        public int CorrectionA { get; init; }
        public int TagA { get; init; }
        public int ActivityA { get; init; }
        /// <summary>An activity of A that has begun, with a photo in its record.</summary>
        public int PastActivityA { get; init; }
        public int PhotoA { get; init; }
        public int RegistrationA { get; init; }
        public int SpaceA { get; init; }
        public int BookA { get; init; }
        public int BookingA { get; init; }
        public int LoanA { get; init; }
        public int HoldA { get; init; }
        public int PointsResidentA { get; init; }
        public int AwardA { get; init; }
        public int ItemA { get; init; }
        public int RedemptionA { get; init; }
        public int VolunteerA { get; init; }
        public int GroupA { get; init; }
        public int GroupDocumentA { get; init; }
        public int RuleA { get; init; }
        public int RewardA { get; init; }
        public string CertificateA { get; init; } = "";
        public int ServiceCorrectionA { get; init; }
        public int SurveyA { get; init; }
        public long AnswerA { get; init; }
        public int NeedA { get; init; }
        public int AssemblyA { get; init; }
        public int VoterA { get; init; }
        public int AssemblyItemA { get; init; }
        public int ContestA { get; init; }
        public int EntryA { get; init; }
        public int ContestVoteA { get; init; }
        public int ContestPhotoA { get; init; }
        public int BallotA { get; init; }
        public int DocumentA { get; init; }
        public int TermA { get; init; }
        public int LedgerA { get; init; }
        public int LedgerEntryA { get; init; }
        public int StatementA { get; init; }
        public int NoticeA { get; init; }
        public int WorksA { get; init; }
        public int BodyA { get; init; }
        public int MeetingA { get; init; }
        public int QuestionA { get; init; }
        public int TopicA { get; init; }
        public int ResolutionA { get; init; }
        public int ActionA { get; init; }
        public int ProgressA { get; init; }
        public int MediationA { get; init; }
        public int MediationStepA { get; init; }
        public int RenewalA { get; init; }
        public int RenewalPhotoA { get; init; }
        public int CaseA { get; init; }
        public int ReferralA { get; init; }
        public int RequestA { get; init; }
        public Guid RequestPhotoA { get; init; }
        public int ClinicA { get; init; }
        public int PairingA { get; init; }
        public int ClubA { get; init; }
        public int PartnerA { get; init; }
        public int LinkageA { get; init; }
        public int ProgramA { get; init; }
        public int ApplicationA { get; init; }
        public int ProjectA { get; init; }
        public int IndicatorA { get; init; }
        public int MilestoneA { get; init; }
        public int BudgetLineA { get; init; }
        public int ReportA { get; init; }
        public int BudgetChangeA { get; init; }
        public int CasePhotoA { get; init; }
        public int ExpenditureA { get; init; }
        public int StaffProfileA { get; init; }
        public int StationA { get; init; }
        public int LadderA { get; init; }
        public int AdoptionA { get; init; }
        public int AdoptionCareA { get; init; }
        public int StewardA { get; init; }
        public int TrainingA { get; init; }
        public int ConsultationA { get; init; }
        public int HouseholdA { get; init; }
        public int PatrolA { get; init; }
        public int RoundA { get; init; }
        public int TemplateA { get; init; }
        public int HelperTaskA { get; init; }
        /// <summary>B's own antiforgery token, so a page script's post reaches the scope check.</summary>
        public string PageTokenB { get; init; } = "";
    }

    private sealed record Probe(Expect Expect, Func<Target, HttpRequestMessage> Request, bool Page = false);

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
    private static HttpRequestMessage Send(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };

    private static MultipartFormDataContent PngForm(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("冒名")), "file", "a.png" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    /// <summary>Keyed by "METHOD route pattern" exactly as the host registers it.</summary>
    private static readonly Dictionary<string, Probe> Probes = new()
    {
        ["POST /api/v1/auth/token"] = new(Expect.OwnDataOnly, _ => Send(HttpMethod.Post, "/api/v1/auth/token", new { userName = "nobody", password = "x" })),
        ["GET /api/v1/me"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/me")),
        ["POST /api/v1/me/password"] = new(Expect.OwnDataOnly, _ => Send(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = "Not-mine-2026", newPassword = "Other-pass-2026" })),
        ["GET /console/account/password"] = new(Expect.OwnDataOnly, _ => Get("/console/account/password"), Page: true),
        ["POST /api/v1/users/{id}/password-reset"] = new(Expect.Forbidden, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{t.StaffAId}/password-reset")),
        ["PUT /api/v1/users/{id}/enabled"] = new(Expect.Forbidden, t => Send(HttpMethod.Put, $"/api/v1/users/{t.StaffAId}/enabled", new { enabled = false })),
        ["GET /api/v1/users/"] = new(Expect.Forbidden, _ => Get("/api/v1/users")),
        ["POST /api/v1/users/"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, "/api/v1/users",
            new { userName = "intruder", password = "Intruder-2026", displayName = "x", roles = new[] { "CommunityStaff" }, regionIds = new[] { t.CommunityA } })),
        ["PUT /api/v1/users/{id}/roles"] = new(Expect.Forbidden, t => Send(HttpMethod.Put, $"/api/v1/users/{t.StaffAId}/roles", new { roles = new[] { "PlatformAdmin" } })),
        ["GET /api/v1/regions/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/regions")),
        ["GET /api/v1/regions/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/regions/{t.UnitA}")),
        ["GET /api/v1/regions/{id:int}/children"] = new(Expect.NotFound, t => Get($"/api/v1/regions/{t.CommunityA}/children")),
        ["POST /api/v1/regions/"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/regions", new { parentId = t.CompoundA, kind = "Building", name = "9栋", code = "9" })),
        ["PUT /api/v1/regions/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/regions/{t.CommunityA}", new { name = "改名", code = "CA" })),
        ["DELETE /api/v1/regions/{id:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/regions/{t.UnitA}")),
        ["POST /api/v1/regions/{id:int}/import"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/regions/{t.CompoundA}/import")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } },
        }),
        ["GET /api/v1/audit/"] = new(Expect.Forbidden, _ => Get("/api/v1/audit")),
        ["GET /api/v1/audit/verify"] = new(Expect.Forbidden, _ => Get("/api/v1/audit/verify")),
        ["POST /api/v1/privacy/unmask"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/privacy/unmask",
            new { subjectType = "User", subjectId = t.StaffAId, field = "phone", reason = "核实身份信息" })),
        ["GET /api/v1/residents/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/residents?communityId={t.CommunityA}")),
        ["GET /api/v1/residents/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/residents/{t.ResidentA}")),
        ["POST /api/v1/residents/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/residents", new { unitId = t.UnitA, name = "闯入者", gender = "Male", birthDate = "1990-01-01" })),
        ["GET /api/v1/residents/import-template"] = new(Expect.NotFound, t => Get($"/api/v1/residents/import-template?communityId={t.CommunityA}")),
        ["POST /api/v1/residents/import"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/residents/import?communityId={t.CommunityA}")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } },
        }),
        // The export answers with a sheet of the caller's own residents; ResidentImportTests reads it.
        ["GET /api/v1/residents/import/progress"] = new(Expect.NotFound, _ => Get($"/api/v1/residents/import/progress?token={Guid.NewGuid():N}")),
        ["GET /api/v1/residents/export"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/residents/export?communityId={t.CommunityA}")),
        ["PUT /api/v1/residents/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/residents/{t.ResidentA}", new { name = "改名", gender = "Female", birthDate = "1940-04-04" })),
        ["PUT /api/v1/residents/{id:int}/status"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/residents/{t.ResidentA}/status", new { status = "MovedAway", on = "2026-01-01" })),
        ["POST /api/v1/activities/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/activities", new { communityId = t.CommunityA, title = "冒名活动", capacity = 5, startsAt = "2030-01-01T09:00:00", endsAt = "2030-01-01T10:00:00" })),
        ["GET /api/v1/activities/"] = new(Expect.NotFound, t => Get($"/api/v1/activities?communityId={t.CommunityA}")),
        ["GET /api/v1/activities/figures"] = new(Expect.NotFound, t => Get($"/api/v1/activities/figures?communityId={t.CommunityA}")),
        ["GET /api/v1/activities/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/activities/{t.ActivityA}")),
        ["POST /api/v1/activities/{id:int}/registrations"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/activities/{t.ActivityA}/registrations", new { residentId = t.ResidentA })),
        ["DELETE /api/v1/activities/{id:int}/registrations/{registrationId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/activities/{t.ActivityA}/registrations/{t.RegistrationA}")),
        ["POST /api/v1/activities/{id:int}/checkins"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/activities/{t.ActivityA}/checkins", new { residentId = t.ResidentA })),
        ["POST /api/v1/activities/{id:int}/registrations/{registrationId:int}/approve"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/activities/{t.ActivityA}/registrations/{t.RegistrationA}/approve")),
        ["PUT /api/v1/activities/{id:int}/status"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/activities/{t.ActivityA}/status", new { status = "Cancelled" })),
        ["POST /api/v1/activities/series"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/activities/series", new { communityId = t.CommunityA, title = "冒名系列", capacity = 5, startsAt = "2030-01-01T09:00:00", endsAt = "2030-01-01T10:00:00", frequency = "Weekly", count = 3 })),
        ["GET /api/v1/activities/{id:int}/checkin-code"] = new(Expect.NotFound, t => Get($"/api/v1/activities/{t.ActivityA}/checkin-code")),
        // B's staff have no register entry: rating needs one's own attendance.
        ["PUT /api/v1/activities/{id:int}/rating"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/activities/{t.ActivityA}/rating", new { score = 1 })),
        ["GET /api/v1/notifications/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/notifications")),
        ["POST /api/v1/notifications/read"] = new(Expect.OwnDataOnly, _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/read")),
        ["GET /api/v1/residents/{id:int}/guardians/"] = new(Expect.NotFound, t => Get($"/api/v1/residents/{t.ResidentA}/guardians")),
        ["POST /api/v1/residents/{id:int}/guardians/"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/residents/{t.ResidentA}/guardians", new { guardianId = t.ResidentA })),
        ["DELETE /api/v1/residents/{id:int}/guardians/{guardianId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/residents/{t.ResidentA}/guardians/{t.ResidentA}")),
        ["POST /api/v1/reading-room/books"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/reading-room/books", new { communityId = t.CommunityA, title = "冒名书", barcodes = new[] { "Z-9" } })),
        ["GET /api/v1/reading-room/books"] = new(Expect.NotFound, t => Get($"/api/v1/reading-room/books?communityId={t.CommunityA}")),
        ["POST /api/v1/volunteers/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/volunteers", new { residentId = t.ResidentA, skills = new[] { "x" }, consent = true })),
        ["GET /api/v1/volunteers/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/{t.VolunteerA}")),
        ["POST /api/v1/volunteers/{id:int}/service-records"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/volunteers/{t.VolunteerA}/service-records",
            new { activityName = "冒记", date = "2026-01-05", place = "x", content = "x", hours = 1, organizer = "x", personInCharge = "x" })),
        ["GET /api/v1/volunteers/{id:int}/service-records"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/{t.VolunteerA}/service-records")),
        ["POST /api/v1/volunteers/{id:int}/certificates"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/volunteers/{t.VolunteerA}/certificates")),
        // Public by design (a certificate's number is what verifies it); a number never issued answers nothing.
        ["GET /api/v1/certificates/{number}"] = new(Expect.NotFound, _ => Get("/api/v1/certificates/ZS2026NEVERISSUED")),
        ["POST /api/v1/points/awards"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/points/awards", new { residentId = t.PointsResidentA, points = 100, reason = "冒领", idempotencyKey = "x-1" })),
        ["POST /api/v1/points/transactions/{id:int}/reverse"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/points/transactions/{t.AwardA}/reverse", new { reason = "冲正" })),
        ["GET /api/v1/points/accounts/{residentId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/points/accounts/{t.PointsResidentA}")),
        ["GET /api/v1/points/accounts/{residentId:int}/history"] = new(Expect.NotFound, t => Get($"/api/v1/points/accounts/{t.PointsResidentA}/history")),
        ["POST /api/v1/points/catalog"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/points/catalog", new { communityId = t.CommunityA, name = "冒名物品", pointsCost = 1, stock = 1 })),
        ["GET /api/v1/points/catalog"] = new(Expect.NotFound, t => Get($"/api/v1/points/catalog?communityId={t.CommunityA}")),
        ["POST /api/v1/points/redemptions"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/points/redemptions", new { residentId = t.PointsResidentA, catalogItemId = t.ItemA, quantity = 1, idempotencyKey = "x-2" })),
        ["GET /api/v1/points/redemptions"] = new(Expect.NotFound, t => Get($"/api/v1/points/redemptions?communityId={t.CommunityA}")),
        ["POST /api/v1/points/redemptions/{id:int}/pickup"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/points/redemptions/{t.RedemptionA}/pickup")),
        ["POST /api/v1/points/redemptions/{id:int}/cancel"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/points/redemptions/{t.RedemptionA}/cancel")),
        ["GET /api/v1/points/statement"] = new(Expect.NotFound, t => Get($"/api/v1/points/statement?communityId={t.CommunityA}&year=2026")),
        ["POST /api/v1/reading-room/copies/withdraw"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/reading-room/copies/withdraw?communityId={t.CommunityA}", new { barcode = "A-1", reason = "Lost" })),
        ["GET /console/points"] = new(Expect.NotFound, t => Get($"/console/points?communityId={t.CommunityA}"), Page: true),
        ["GET /console/points/deeds"] = new(Expect.NotFound, t => Get($"/console/points/deeds?communityId={t.CommunityA}"), Page: true),
        ["POST /api/v1/points/rules"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/points/rules", new { communityId = t.CommunityA, kind = "PerDeed", deed = "冒名", points = 5 })),
        ["GET /api/v1/points/rules"] = new(Expect.NotFound, t => Get($"/api/v1/points/rules?communityId={t.CommunityA}")),
        ["POST /api/v1/points/rules/{id:int}/switch-off"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/points/rules/{t.RuleA}/switch-off")),
        ["GET /api/v1/points/rewards"] = new(Expect.NotFound, t => Get($"/api/v1/points/rewards?communityId={t.CommunityA}")),
        ["POST /api/v1/points/rewards/{id:int}/hand-out"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/points/rewards/{t.RewardA}/hand-out")),
        ["POST /api/v1/points/swaps"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/points/swaps", new { communityId = t.CommunityA, given = "瓶子", received = "电池" })),
        ["GET /api/v1/points/swaps"] = new(Expect.NotFound, t => Get($"/api/v1/points/swaps?communityId={t.CommunityA}")),
        ["POST /api/v1/points/deeds"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/points/deeds", new { residentId = t.PointsResidentA, deed = "甲社区投放", quantity = 1 })),
        ["GET /console/groups"] = new(Expect.NotFound, t => Get($"/console/groups?communityId={t.CommunityA}"), Page: true),
        ["GET /console/groups/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/groups/{t.GroupA}"), Page: true),
        ["POST /api/v1/groups/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/groups", new { communityId = t.CommunityA, name = "冒名队", kind = "VolunteerTeam" })),
        ["GET /api/v1/groups/"] = new(Expect.NotFound, t => Get($"/api/v1/groups?communityId={t.CommunityA}")),
        ["GET /api/v1/groups/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/groups/{t.GroupA}")),
        ["PUT /api/v1/groups/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/groups/{t.GroupA}", new { name = "改名" })),
        ["PUT /api/v1/groups/{id:int}/stage"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/groups/{t.GroupA}/stage", new { stage = "Independent" })),
        ["POST /api/v1/groups/{id:int}/members"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/groups/{t.GroupA}/members", new { residentId = t.ResidentA })),
        ["PUT /api/v1/groups/{id:int}/members/{residentId:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/groups/{t.GroupA}/members/{t.ResidentA}", new { role = "Core" })),
        ["DELETE /api/v1/groups/{id:int}/members/{residentId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/groups/{t.GroupA}/members/{t.ResidentA}")),
        ["POST /api/v1/groups/{id:int}/documents"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/groups/{t.GroupA}/documents")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "x.pdf" }, { new StringContent("Charter"), "kind" }, { new StringContent("章程"), "title" } },
        }),
        ["GET /api/v1/groups/{id:int}/documents/{documentId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/groups/{t.GroupA}/documents/{t.GroupDocumentA}")),
        ["POST /api/v1/groups/{id:int}/trainings"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/groups/{t.GroupA}/trainings",
            new { title = "培训", date = "2026-01-05", provider = "社工站", hours = 2 })),
        ["POST /api/v1/groups/{id:int}/supervision-notes"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/groups/{t.GroupA}/supervision-notes", new { note = "督导" })),
        ["POST /api/v1/groups/{id:int}/activities"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/groups/{t.GroupA}/activities",
            new { title = "冒名活动", startsAt = "2030-01-01T10:00:00+08:00", endsAt = "2030-01-01T11:00:00+08:00", capacity = 5 })),
        ["PUT /api/v1/groups/{id:int}/activities/{activityId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Put, $"/api/v1/groups/{t.GroupA}/activities/{t.ActivityA}")),
        ["GET /console/volunteers"] = new(Expect.NotFound, t => Get($"/console/volunteers?communityId={t.CommunityA}"), Page: true),
        ["GET /console/volunteers/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/volunteers/{t.VolunteerA}"), Page: true),
        ["GET /api/v1/volunteers/"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers?communityId={t.CommunityA}")),
        ["GET /api/v1/volunteers/{id:int}/profile"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/{t.VolunteerA}/profile")),
        ["POST /api/v1/volunteers/{id:int}/trainings"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/volunteers/{t.VolunteerA}/trainings",
            new { name = "培训", hours = 2, organizer = "社工站", date = "2026-01-05" })),
        ["POST /api/v1/volunteers/{id:int}/awards"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/volunteers/{t.VolunteerA}/awards",
            new { name = "优秀志愿者", awardingUnit = "街道", date = "2026-01-05" })),
        ["POST /api/v1/volunteers/{id:int}/evaluations"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/volunteers/{t.VolunteerA}/evaluations", new { rating = "Poor" })),
        ["GET /api/v1/volunteers/recognition"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/recognition?communityId={t.CommunityA}&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/volunteers/hours-to-confirm"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/hours-to-confirm?communityId={t.CommunityA}")),
        ["GET /api/v1/volunteers/corrections"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/corrections?communityId={t.CommunityA}")),
        ["POST /api/v1/volunteers/corrections/{id:int}/resolve"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/volunteers/corrections/{t.ServiceCorrectionA}/resolve",
            new { state = "Declined", response = "不改" })),
        ["GET /api/v1/activities/{id:int}/volunteer-hours/"] = new(Expect.NotFound, t => Get($"/api/v1/activities/{t.PastActivityA}/volunteer-hours")),
        ["POST /api/v1/activities/{id:int}/volunteer-hours/"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/activities/{t.PastActivityA}/volunteer-hours",
            new { volunteerId = t.VolunteerA, hours = 2 })),
        ["GET /api/v1/me/volunteer/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/me/volunteer")),
        ["POST /api/v1/me/volunteer/corrections"] = new(Expect.OwnDataOnly, _ => Send(HttpMethod.Post, "/api/v1/me/volunteer/corrections", new { request = "改" })),
        ["GET /api/v1/me/steward/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/me/steward")),
        ["POST /api/v1/me/steward/consultations/{id:int}/answers"] = new(Expect.NotFound, t => Send(HttpMethod.Post,
            $"/api/v1/me/steward/consultations/{t.ConsultationA}/answers", new { householdId = t.HouseholdA, option = "同意" })),
        ["GET /console/volunteers/certificates/{number}.docx"] = new(Expect.NotFound, t => Get($"/console/volunteers/certificates/{t.CertificateA}.docx"), Page: true),
        ["GET /console/groups/{id:int}/documents/{documentId:int}"] = new(Expect.NotFound, t => Get($"/console/groups/{t.GroupA}/documents/{t.GroupDocumentA}"), Page: true),
        ["GET /api/v1/certificates/{number}/document"] = new(Expect.NotFound, t => Get($"/api/v1/certificates/{t.CertificateA}/document")),
        ["GET /console/reading-room/books/import-template.xlsx"] = new(Expect.OwnDataOnly, _ => Get("/console/reading-room/books/import-template.xlsx"), Page: true),
        ["GET /api/v1/reading-room/books/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/reading-room/books/{t.BookA}")),
        ["POST /api/v1/reading-room/books/{id:int}/copies"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/reading-room/books/{t.BookA}/copies", new { barcode = "Z-8" })),
        ["POST /api/v1/reading-room/books/import"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/reading-room/books/import?communityId={t.CommunityA}")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } },
        }),
        ["GET /api/v1/reading-room/books/import-template"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/reading-room/books/import-template")),
        ["POST /api/v1/reading-room/loans"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/reading-room/loans", new { communityId = t.CommunityA, barcode = "A-1", borrowerId = t.ResidentA })),
        ["GET /api/v1/reading-room/loans"] = new(Expect.NotFound, t => Get($"/api/v1/reading-room/loans?communityId={t.CommunityA}")),
        ["POST /api/v1/reading-room/loans/{id:int}/renew"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/reading-room/loans/{t.LoanA}/renew")),
        ["POST /api/v1/reading-room/returns"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/reading-room/returns", new { communityId = t.CommunityA, barcode = "A-1" })),
        ["POST /api/v1/reading-room/holds"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/reading-room/holds", new { bookId = t.BookA, residentId = t.ResidentA })),
        ["DELETE /api/v1/reading-room/holds/{id:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/reading-room/holds/{t.HoldA}")),
        // B's staff have no register entry: no loans of their own.
        ["GET /api/v1/reading-room/me"] = new(Expect.NotFound, _ => Get("/api/v1/reading-room/me")),
        ["POST /api/v1/reading-room/reminders"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/reading-room/reminders?communityId={t.CommunityA}")),
        ["GET /api/v1/reading-room/rules"] = new(Expect.NotFound, t => Get($"/api/v1/reading-room/rules?communityId={t.CommunityA}")),
        ["PUT /api/v1/reading-room/rules"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/reading-room/rules?communityId={t.CommunityA}", new { loanDays = 1, maxRenewals = 0, maxLoans = 1, holdDays = 1, reminderDays = new[] { 1, 2, 3 } })),
        ["GET /api/v1/reading-room/stats"] = new(Expect.NotFound, t => Get($"/api/v1/reading-room/stats?communityId={t.CommunityA}&year=2026")),
        ["GET /console/spaces"] = new(Expect.NotFound, t => Get($"/console/spaces?communityId={t.CommunityA}"), Page: true),
        ["GET /console/reading-room"] = new(Expect.NotFound, t => Get($"/console/reading-room?communityId={t.CommunityA}"), Page: true),
        ["GET /console/reading-room/books"] = new(Expect.NotFound, t => Get($"/console/reading-room/books?communityId={t.CommunityA}"), Page: true),
        ["GET /api/v1/spaces/"] = new(Expect.NotFound, t => Get($"/api/v1/spaces?communityId={t.CommunityA}")),
        ["POST /api/v1/spaces/{id:int}/closures"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/spaces/{t.SpaceA}/closures", new { on = "2030-01-01", reason = "冒名" })),
        ["GET /api/v1/spaces/{id:int}/bookings"] = new(Expect.NotFound, t => Get($"/api/v1/spaces/{t.SpaceA}/bookings?from=2026-01-01&to=2031-01-01")),
        ["POST /api/v1/spaces/{id:int}/bookings/weekly"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/spaces/{t.SpaceA}/bookings/weekly", new { startsAt = "2030-01-01T09:00:00", endsAt = "2030-01-01T10:00:00", purpose = "冒名", weeks = 3 })),
        ["GET /api/v1/spaces/pending"] = new(Expect.NotFound, t => Get($"/api/v1/spaces/pending?communityId={t.CommunityA}")),
        ["POST /api/v1/spaces/bookings/{bookingId:int}/approve"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spaces/bookings/{t.BookingA}/approve")),
        ["POST /api/v1/spaces/bookings/{bookingId:int}/reject"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spaces/bookings/{t.BookingA}/reject")),
        ["DELETE /api/v1/spaces/bookings/{bookingId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/spaces/bookings/{t.BookingA}")),
        ["PUT /api/v1/spaces/bookings/{bookingId:int}/visitors"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/spaces/bookings/{t.BookingA}/visitors", new { visitors = 3 })),
        ["GET /api/v1/spaces/usage"] = new(Expect.NotFound, t => Get($"/api/v1/spaces/usage?communityId={t.CommunityA}&year=2026")),
        ["POST /api/v1/spaces/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/spaces", new { communityId = t.CommunityA, name = "冒名场地", capacity = 5 })),
        ["GET /api/v1/spaces/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/spaces/{t.SpaceA}")),
        ["POST /api/v1/spaces/{id:int}/bookings"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/spaces/{t.SpaceA}/bookings", new { startsAt = "2030-01-01T09:00:00", endsAt = "2030-01-01T10:00:00", purpose = "冒名" })),
        ["GET /api/v1/residents/tags/"] = new(Expect.NotFound, t => Get($"/api/v1/residents/tags?communityId={t.CommunityA}")),
        ["POST /api/v1/residents/tags/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/residents/tags", new { communityId = t.CommunityA, name = "冒名标签" })),
        ["DELETE /api/v1/residents/tags/{id:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/residents/tags/{t.TagA}")),
        ["GET /api/v1/residents/owners/"] = new(Expect.NotFound, t => Get($"/api/v1/residents/owners?unitId={t.UnitA}")),
        ["POST /api/v1/residents/owners/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/residents/owners", new { unitId = t.UnitA, kind = "Person", name = "冒名业主" })),
        ["DELETE /api/v1/residents/owners/{id:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/residents/owners/{t.OwnerA}")),
        ["POST /api/v1/residents/{id:int}/account"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/residents/{t.ResidentA}/account", new { userName = "intruder" + Guid.NewGuid().ToString("N")[..6], password = "Intruder-2026" })),
        ["GET /api/v1/residents/corrections"] = new(Expect.NotFound, t => Get($"/api/v1/residents/corrections?communityId={t.CommunityA}")),
        ["PUT /api/v1/residents/corrections/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/residents/corrections/{t.CorrectionA}", new { status = "Done", response = "冒名" })),
        // B's staff have no register entry of their own; the self-service endpoints never reach anyone else's.
        ["GET /api/v1/me/resident/"] = new(Expect.NotFound, _ => Get("/api/v1/me/resident")),
        ["POST /api/v1/me/resident/corrections"] = new(Expect.NotFound, _ => Send(HttpMethod.Post, "/api/v1/me/resident/corrections", new { field = "name", requested = "x" })),
        ["PUT /api/v1/residents/{id:int}/care"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/residents/{t.ResidentA}/care", new { grade = "A", responsible = "冒名" })),
        ["POST /api/v1/residents/{id:int}/visits"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/residents/{t.ResidentA}/visits", new { on = "2026-01-01", visitor = "冒名", findings = "x" })),
        ["GET /api/v1/residents/care/overdue"] = new(Expect.NotFound, t => Get($"/api/v1/residents/care/overdue?communityId={t.CommunityA}")),
        ["GET /api/v1/residents/care/birthdays"] = new(Expect.NotFound, t => Get($"/api/v1/residents/care/birthdays?communityId={t.CommunityA}&month=4")),
        ["GET /api/v1/residents/care/settings"] = new(Expect.NotFound, t => Get($"/api/v1/residents/care/settings?communityId={t.CommunityA}")),
        ["PUT /api/v1/residents/care/settings"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/residents/care/settings?communityId={t.CommunityA}", new { livingAloneAlertDays = 1 })),
        ["GET /console"] = new(Expect.OwnDataOnly, _ => Get("/console"), Page: true),
        ["GET /console/regions"] = new(Expect.OwnDataOnly, _ => Get("/console/regions"), Page: true),
        ["GET /console/regions/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/regions/{t.CommunityA}"), Page: true),
        ["GET /console/regions/{Id:int}/import"] = new(Expect.NotFound, t => Get($"/console/regions/{t.CompoundA}/import"), Page: true),
        ["GET /console/regions/import-template.xlsx"] = new(Expect.OwnDataOnly, _ => Get("/console/regions/import-template.xlsx"), Page: true),
        ["GET /console/residents"] = new(Expect.OwnDataOnly, t => Get($"/console/residents?communityId={t.CommunityA}"), Page: true),
        ["GET /console/residents/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/residents/{t.ResidentA}"), Page: true),
        ["GET /console/residents/{Id:int}/edit"] = new(Expect.NotFound, t => Get($"/console/residents/{t.ResidentA}/edit"), Page: true),
        ["GET /console/residents/units/{UnitId:int}/owners"] = new(Expect.NotFound, t => Get($"/console/residents/units/{t.UnitA}/owners"), Page: true),
        ["GET /console/residents/corrections"] = new(Expect.NotFound, t => Get($"/console/residents/corrections?communityId={t.CommunityA}"), Page: true),
        ["GET /portal/activities"] = new(Expect.OwnDataOnly, _ => Get("/portal/activities"), Page: true),
        ["GET /portal/points"] = new(Expect.OwnDataOnly, _ => Get("/portal/points"), Page: true),
        ["GET /portal/me"] = new(Expect.OwnDataOnly, _ => Get("/portal/me"), Page: true),
        ["GET /console/residents/tags"] = new(Expect.NotFound, t => Get($"/console/residents/tags?communityId={t.CommunityA}"), Page: true),
        ["GET /console/activities"] = new(Expect.NotFound, t => Get($"/console/activities?communityId={t.CommunityA}"), Page: true),
        ["GET /console/activities/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/activities/{t.ActivityA}"), Page: true),
        ["GET /console/activities/{Id:int}/record"] = new(Expect.NotFound, t => Get($"/console/activities/{t.PastActivityA}/record"), Page: true),
        ["GET /console/activities/{Id:int}/poster"] = new(Expect.NotFound, t => Get($"/console/activities/{t.ActivityA}/poster"), Page: true),
        ["GET /console/activities/{id:int}/photos/{photoId:int}"] = new(Expect.NotFound, t => Get($"/console/activities/{t.PastActivityA}/photos/{t.PhotoA}"), Page: true),
        ["GET /api/v1/activities/{id:int}/record"] = new(Expect.NotFound, t => Get($"/api/v1/activities/{t.PastActivityA}/record")),
        ["PUT /api/v1/activities/{id:int}/record"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/activities/{t.PastActivityA}/record", new { summary = "改写", published = true })),
        ["POST /api/v1/activities/{id:int}/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/activities/{t.PastActivityA}/photos")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("乙")), "file", "x.png" } },
        }),
        ["GET /api/v1/activities/{id:int}/photos/{photoId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/activities/{t.PastActivityA}/photos/{t.PhotoA}")),
        ["PUT /api/v1/activities/{id:int}/photos/{photoId:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/activities/{t.PastActivityA}/photos/{t.PhotoA}", new { isPublic = true })),
        ["DELETE /api/v1/activities/{id:int}/photos/{photoId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/activities/{t.PastActivityA}/photos/{t.PhotoA}")),
        ["GET /console/residents/new"] = new(Expect.NotFound, t => Get($"/console/residents/new?communityId={t.CommunityA}"), Page: true),
        ["GET /console/residents/import"] = new(Expect.NotFound, t => Get($"/console/residents/import?communityId={t.CommunityA}"), Page: true),
        ["GET /console/residents/import-template.xlsx"] = new(Expect.NotFound, t => Get($"/console/residents/import-template.xlsx?communityId={t.CommunityA}"), Page: true),
        ["GET /console/residents/import/progress"] = new(Expect.NotFound, _ => Get($"/console/residents/import/progress?token={Guid.NewGuid():N}"), Page: true),
        ["GET /console/residents/export.xlsx"] = new(Expect.OwnDataOnly, t => Get($"/console/residents/export.xlsx?communityId={t.CommunityA}"), Page: true),
        ["GET /console/residents/care"] = new(Expect.NotFound, t => Get($"/console/residents/care?communityId={t.CommunityA}"), Page: true),
        ["GET /console/residents/care/birthdays"] = new(Expect.NotFound, t => Get($"/console/residents/care/birthdays?communityId={t.CommunityA}&month=4"), Page: true),
        ["GET /console/surveys"] = new(Expect.NotFound, t => Get($"/console/surveys?communityId={t.CommunityA}"), Page: true),
        ["GET /console/stations"] = new(Expect.NotFound, t => Get($"/console/stations?communityId={t.CommunityA}"), Page: true),
        ["GET /console/stations/staff/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/stations/staff/{t.StaffProfileA}"), Page: true),
        ["GET /console/stations/station"] = new(Expect.NotFound, t => Get($"/console/stations/station?communityId={t.CommunityA}"), Page: true),
        ["GET /console/stations/month"] = new(Expect.NotFound, t => Get($"/console/stations/month?regionId={t.CommunityA}&month=2026-01"), Page: true),
        ["GET /console/stations/queue"] = new(Expect.NotFound, t => Get($"/console/stations/queue?communityId={t.CommunityA}"), Page: true),
        ["GET /console/patrols"] = new(Expect.NotFound, t => Get($"/console/patrols?communityId={t.CommunityA}"), Page: true),
        ["GET /console/patrols/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/patrols/{t.PatrolA}"), Page: true),
        ["GET /console/volunteers/tasks"] = new(Expect.NotFound, t => Get($"/console/volunteers/tasks?communityId={t.CommunityA}&activityId={t.ActivityA}"), Page: true),
        ["GET /console/volunteers/rounds"] = new(Expect.NotFound, t => Get($"/console/volunteers/rounds?communityId={t.CommunityA}"), Page: true),
        ["GET /console/volunteers/rounds/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/volunteers/rounds/{t.RoundA}"), Page: true),
        ["GET /console/activities/templates"] = new(Expect.NotFound, t => Get($"/console/activities/templates?communityId={t.CommunityA}"), Page: true),
        ["GET /console/activities/templates/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/activities/templates/{t.TemplateA}"), Page: true),
        ["GET /console/stewards"] = new(Expect.NotFound, t => Get($"/console/stewards?communityId={t.CommunityA}"), Page: true),
        ["GET /console/stewards/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/stewards/{t.StewardA}"), Page: true),
        ["GET /console/adoptions"] = new(Expect.NotFound, t => Get($"/console/adoptions?communityId={t.CommunityA}"), Page: true),
        ["GET /console/adoptions/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/adoptions/{t.AdoptionA}"), Page: true),
        ["GET /console/adoptions/{id:int}/care/{careId:int}/photo"] = new(Expect.NotFound, t => Get($"/console/adoptions/{t.AdoptionA}/care/{t.AdoptionCareA}/photo"),
            Page: true),
        ["GET /console/consultations"] = new(Expect.NotFound, t => Get($"/console/consultations?communityId={t.CommunityA}"), Page: true),
        ["GET /console/consultations/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/consultations/{t.ConsultationA}"), Page: true),
        ["GET /console/surveys/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}"), Page: true),
        ["GET /console/surveys/{Id:int}/results"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/results?question=want&by=compound"), Page: true),
        ["GET /console/surveys/{Id:int}/compare"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/compare"), Page: true),
        ["GET /console/surveys/{Id:int}/answers/{Key}"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/answers/say"), Page: true),
        ["GET /console/surveys/{Id:int}/paper"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/paper"), Page: true),
        ["GET /console/surveys/{Id:int}/visit"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/visit"), Page: true),
        ["GET /console/surveys/{id:int}/export.xlsx"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/export.xlsx"), Page: true),
        ["GET /console/surveys/{id:int}/summary.docx"] = new(Expect.NotFound, t => Get($"/console/surveys/{t.SurveyA}/summary.docx"), Page: true),
        ["POST /console/surveys/{id:int}/visit-responses"] = new(Expect.Refused, t => new HttpRequestMessage(HttpMethod.Post, $"/console/surveys/{t.SurveyA}/visit-responses")
        {
            Content = JsonContent.Create(new { clientKey = "b-1", answers = new { want = "停车位" } }),
            Headers = { { "RequestVerificationToken", t.PageTokenB } },
        }, Page: true),
        ["GET /console/needs"] = new(Expect.NotFound, t => Get($"/console/needs?communityId={t.CommunityA}"), Page: true),
        ["GET /console/assemblies"] = new(Expect.OwnDataOnly, _ => Get("/console/assemblies"), Page: true),
        ["GET /console/assemblies/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}"), Page: true),
        ["GET /console/assemblies/{Id:int}/ballot"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}/ballot"), Page: true),
        ["GET /console/assemblies/{Id:int}/doors"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}/doors"), Page: true),
        ["GET /api/v1/assemblies/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/assemblies")),
        ["POST /api/v1/assemblies/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/assemblies", new { compoundId = t.CompoundA, title = "冒名大会", method = "Meeting",
            noticedOn = "2020-01-01", opensAt = "2020-02-01T09:00:00", closesAt = "2020-02-02T09:00:00", items = new[] { new { title = "管理规约", matter = "ManagementCovenant" } } })),
        ["GET /api/v1/assemblies/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}")),
        ["POST /api/v1/assemblies/{id:int}/open"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/open")),
        ["POST /api/v1/assemblies/{id:int}/close"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/close")),
        ["GET /api/v1/assemblies/{id:int}/roll"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/roll")),
        ["POST /api/v1/assemblies/{id:int}/ballots"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/ballots",
            new { voterId = t.VoterA, channel = "Paper", choices = new[] { new { itemId = t.AssemblyItemA, choice = "Agree" } } })),
        ["GET /api/v1/assemblies/{id:int}/result"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/result")),
        ["GET /api/v1/assemblies/{id:int}/pending"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/pending")),
        ["POST /api/v1/assemblies/{id:int}/attempts"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/attempts", new { voterId = t.VoterA, outcome = "NotHome" })),
        ["GET /api/v1/assemblies/{id:int}/notice.docx"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/notice.docx")),
        ["GET /console/assemblies/{id:int}/notice.docx"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}/notice.docx"), Page: true),
        ["GET /api/v1/assemblies/{id:int}/count"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/count")),
        ["POST /api/v1/assemblies/{id:int}/count"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/count", new { counters = "冒名", readers = "冒名", supervisors = "冒名" })),
        ["POST /api/v1/assemblies/{id:int}/publish"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/publish", new { })),
        ["GET /api/v1/contests/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/contests")),
        ["POST /api/v1/contests/"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/contests", new { communityId = t.CommunityA, title = "冒名评选", opensAt = "2020-01-01T09:00:00", closesAt = "2030-01-01T09:00:00", votesPerDay = 3 })),
        ["GET /api/v1/contests/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}")),
        ["GET /api/v1/contests/{id:int}/entries"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/entries")),
        ["POST /api/v1/contests/{id:int}/entries"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/entries", new { title = "冒名作品" })),
        ["POST /api/v1/contests/{id:int}/votes"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/votes", new { entryId = t.EntryA })),
        ["POST /api/v1/contests/{id:int}/onsite-votes"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/onsite-votes", new { entryId = t.EntryA, residentId = t.ResidentA })),
        ["GET /api/v1/contests/{id:int}/ranking"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/ranking")),
        ["GET /api/v1/contests/{id:int}/votes"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/votes")),
        ["POST /api/v1/contests/{id:int}/votes/{voteId:int}/remove"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/votes/{t.ContestVoteA}/remove", new { reason = "冒名剔除" })),
        ["GET /api/v1/contests/{id:int}/removals"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/removals")),
        ["POST /api/v1/contests/{id:int}/my-entry"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/my-entry", new { title = "冒名报名", consent = true })),
        ["GET /api/v1/contests/{id:int}/entries/{entryId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/entries/{t.EntryA}")),
        ["POST /api/v1/contests/{id:int}/entries/{entryId:int}/approve"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/entries/{t.EntryA}/approve", new { })),
        ["POST /api/v1/contests/{id:int}/entries/{entryId:int}/reject"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/entries/{t.EntryA}/reject", new { reason = "冒名驳回" })),
        ["POST /api/v1/contests/{id:int}/entries/{entryId:int}/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contests/{t.ContestA}/entries/{t.EntryA}/photos")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("乙")), "file", "x.png" } },
        }),
        ["GET /api/v1/contests/{id:int}/entries/{entryId:int}/photos/{photoId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/entries/{t.EntryA}/photos/{t.ContestPhotoA}")),
        ["GET /api/v1/contests/{id:int}/flags"] = new(Expect.NotFound, t => Get($"/api/v1/contests/{t.ContestA}/flags")),
        ["GET /api/v1/assemblies/{id:int}/ballots/"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/ballots")),
        ["POST /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/scan"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/ballots/{t.BallotA}/scan")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("乙")), "file", "x.png" } },
        }),
        ["POST /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/proxy-document"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/ballots/{t.BallotA}/proxy-document")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("乙")), "file", "x.png" } },
        }),
        ["GET /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/scan"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/ballots/{t.BallotA}/scan")),
        ["GET /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/proxy-document"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/{t.AssemblyA}/ballots/{t.BallotA}/proxy-document")),
        ["GET /console/assemblies/{id:int}/ballots/{ballotId:int}/scan"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}/ballots/{t.BallotA}/scan"), Page: true),
        ["GET /console/assemblies/{id:int}/ballots/{ballotId:int}/proxy-document"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}/ballots/{t.BallotA}/proxy-document"), Page: true),
        ["GET /console/assemblies/{Id:int}/ballots"] = new(Expect.NotFound, t => Get($"/console/assemblies/{t.AssemblyA}/ballots"), Page: true),
        ["GET /api/v1/assemblies/compounds/{compoundId:int}/"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/compounds/{t.CompoundA}")),
        ["PUT /api/v1/assemblies/compounds/{compoundId:int}/rules"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/assemblies/compounds/{t.CompoundA}/rules", new { parkingCounts = true })),
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/documents"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/compounds/{t.CompoundA}/documents", new { kind = "ManagementCovenant", effectiveOn = "2020-01-01", note = "冒名" })),
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/documents/{documentId:int}/file"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assemblies/compounds/{t.CompoundA}/documents/{t.DocumentA}/file")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("乙")), "file", "x.png" } },
        }),
        ["GET /api/v1/assemblies/compounds/{compoundId:int}/documents/{documentId:int}/file"] = new(Expect.NotFound, t => Get($"/api/v1/assemblies/compounds/{t.CompoundA}/documents/{t.DocumentA}/file")),
        ["GET /console/assemblies/compounds/{compoundId:int}/documents/{documentId:int}/file"] = new(Expect.NotFound, t => Get($"/console/assemblies/compounds/{t.CompoundA}/documents/{t.DocumentA}/file"), Page: true),
        ["GET /console/assemblies/compounds/{CompoundId:int}"] = new(Expect.NotFound, t => Get($"/console/assemblies/compounds/{t.CompoundA}"), Page: true),
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/terms"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/compounds/{t.CompoundA}/terms", new { number = 9, startsOn = "2026-01-01", endsOn = "2030-01-01", members = new[] { new { name = "冒名", role = "Director" } } })),
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/terms/{termId:int}/filing"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/compounds/{t.CompoundA}/terms/{t.TermA}/filing", new { filedOn = "2026-01-01", filedWith = "冒名" })),
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/terms/{termId:int}/handover"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/assemblies/compounds/{t.CompoundA}/terms/{t.TermA}/handover", new { handedOverOn = "2026-01-01", note = "冒名" })),
        ["GET /api/v1/assemblies/mine"] = new(Expect.Forbidden, _ => Get("/api/v1/assemblies/mine")),
        ["POST /api/v1/assemblies/{id:int}/my-ballot"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/assemblies/{t.AssemblyA}/my-ballot", new { choices = new[] { new { itemId = t.AssemblyItemA, choice = "Agree" } } })),
        ["GET /api/v1/public/assemblies/{id:int}/receipts/{receipt}"] = new(Expect.NotFound, t => Get($"/api/v1/public/assemblies/{t.AssemblyA}/receipts/ABCDEFGHJK")),
        ["GET /api/v1/disclosure/ledgers"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/disclosure/ledgers")),
        ["POST /api/v1/disclosure/ledgers"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/disclosure/ledgers", new { communityId = t.CommunityA, name = "冒名账本", kind = "SelfManagedFund" })),
        ["GET /api/v1/disclosure/ledgers/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/ledgers/{t.LedgerA}")),
        ["GET /api/v1/disclosure/ledgers/{id:int}/entries"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/ledgers/{t.LedgerA}/entries")),
        ["POST /api/v1/disclosure/ledgers/{id:int}/entries"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/ledgers/{t.LedgerA}/entries", new { on = "2026-01-05", direction = "Income", amount = "10.00", category = "冒名", counterparty = "冒名" })),
        ["GET /api/v1/disclosure/entries/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/entries/{t.LedgerEntryA}")),
        ["POST /api/v1/disclosure/entries/{id:int}/corrections"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/entries/{t.LedgerEntryA}/corrections", new { amount = "1.00", reason = "冒名更正" })),
        ["POST /api/v1/disclosure/entries/{id:int}/approve"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/entries/{t.LedgerEntryA}/approve", new { })),
        // Public by design: what a community publishes (nothing yet of A's ledger, whose entry is unpublished), and the chain check.
        ["GET /api/v1/public/communities/{communityId:int}/ledgers"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/communities/{t.CommunityA}/ledgers")),
        ["GET /api/v1/public/ledgers/{id:int}"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/ledgers/{t.LedgerA}")),
        ["GET /api/v1/public/ledgers/{id:int}/verify"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/ledgers/{t.LedgerA}/verify")),
        ["GET /api/v1/disclosure/works"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/disclosure/works")),
        ["POST /api/v1/disclosure/works"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/disclosure/works", new { communityId = t.CommunityA, title = "冒名工程", fundedBy = "冒名", budget = "100" })),
        ["GET /api/v1/disclosure/works/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/works/{t.WorksA}")),
        ["POST /api/v1/disclosure/works/{id:int}/opening"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/works/{t.WorksA}/opening",
            new { witnesses = 1, bids = new[] { new { bidder = "冒名公司", quote = "1" } } })),
        ["POST /api/v1/disclosure/works/{id:int}/award"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/works/{t.WorksA}/award", new { bidId = 1, reason = "冒名" })),
        ["POST /api/v1/disclosure/works/{id:int}/progress"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/works/{t.WorksA}/progress", new { percent = 50, note = "冒名" })),
        ["POST /api/v1/disclosure/works/{id:int}/acceptance"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/works/{t.WorksA}/acceptance", new { result = "冒名" })),
        // Public by design: a community's works are published as they go (A's names nothing secret).
        ["GET /api/v1/public/communities/{communityId:int}/works"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/communities/{t.CommunityA}/works")),
        ["GET /console/works"] = new(Expect.OwnDataOnly, _ => Get("/console/works"), Page: true),
        ["GET /console/works/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/works/{t.WorksA}"), Page: true),
        ["GET /api/v1/disclosure/notices"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/disclosure/notices")),
        ["POST /api/v1/disclosure/notices"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/disclosure/notices", new { communityId = t.CommunityA, title = "冒名公告", body = "冒名" })),
        ["POST /api/v1/disclosure/notices/{id:int}/withdraw"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/notices/{t.NoticeA}/withdraw", new { reason = "冒名撤回" })),
        // Public by design: a community's notice board (A's notice starts next week, so nothing of A shows yet).
        ["GET /api/v1/public/communities/{communityId:int}/notices"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/communities/{t.CommunityA}/notices?archive=true")),
        ["GET /console/notices"] = new(Expect.OwnDataOnly, _ => Get("/console/notices"), Page: true),
        ["GET /api/v1/disclosure/entries/{id:int}/voucher"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/entries/{t.LedgerEntryA}/voucher")),
        ["GET /api/v1/disclosure/ledgers/{id:int}/entries.xlsx"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/ledgers/{t.LedgerA}/entries.xlsx")),
        ["GET /api/v1/disclosure/ledgers/{id:int}/statements"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/ledgers/{t.LedgerA}/statements")),
        ["POST /api/v1/disclosure/ledgers/{id:int}/statements"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/disclosure/ledgers/{t.LedgerA}/statements", new { kind = "Month", year = 2025, number = 1 })),
        ["GET /api/v1/disclosure/statements/{id:int}/notice.docx"] = new(Expect.NotFound, t => Get($"/api/v1/disclosure/statements/{t.StatementA}/notice.docx")),
        // Public by design: a statement is published by nature (A's has no categories named after anyone).
        ["GET /api/v1/public/ledgers/{id:int}/statements"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/ledgers/{t.LedgerA}/statements")),
        ["GET /console/ledgers"] = new(Expect.OwnDataOnly, _ => Get("/console/ledgers"), Page: true),
        ["GET /console/ledgers/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/ledgers/{t.LedgerA}"), Page: true),
        ["GET /api/v1/mediation/cases"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/mediation/cases?communityId={t.CommunityA}")),
        ["POST /api/v1/mediation/cases"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/mediation/cases",
            new { communityId = t.CommunityA, issue = "Noise", channel = "Visit", complainant = "冒名", summary = "冒名" })),
        ["GET /api/v1/mediation/cases/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/mediation/cases/{t.MediationA}")),
        ["POST /api/v1/mediation/cases/{id:int}/steps"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/mediation/cases/{t.MediationA}/steps", new { kind = "Talk", note = "冒名" })),
        ["POST /api/v1/mediation/cases/{id:int}/steps/{stepId:int}/photo"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/mediation/cases/{t.MediationA}/steps/{t.MediationStepA}/photo") { Content = PngForm() }),
        ["GET /api/v1/mediation/cases/{id:int}/steps/{stepId:int}/photo"] = new(Expect.NotFound, t => Get($"/api/v1/mediation/cases/{t.MediationA}/steps/{t.MediationStepA}/photo")),
        ["GET /api/v1/mediation/cases/{id:int}/steps/{stepId:int}/letter.docx"] = new(Expect.NotFound, t => Get($"/api/v1/mediation/cases/{t.MediationA}/steps/{t.MediationStepA}/letter.docx")),
        ["PUT /api/v1/mediation/cases/{id:int}/outcome"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/mediation/cases/{t.MediationA}/outcome",
            new { outcome = "Settled", note = "冒名", followUpOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd") })),
        ["POST /api/v1/mediation/cases/{id:int}/check"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/mediation/cases/{t.MediationA}/check", new { held = true, note = "冒名" })),
        // Counts name nobody; B's caller counts only B's cases.
        ["GET /api/v1/mediation/counts"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/mediation/counts?communityId={t.CommunityA}")),
        ["GET /console/mediation"] = new(Expect.OwnDataOnly, _ => Get("/console/mediation"), Page: true),
        ["GET /console/mediation/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/mediation/{t.MediationA}"), Page: true),
        ["GET /api/v1/care/colleagues"] = new(Expect.NotFound, t => Get($"/api/v1/care/colleagues?communityId={t.CommunityA}")),
        ["GET /api/v1/care/cases/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/care/cases?communityId={t.CommunityA}")),
        ["POST /api/v1/care/cases/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/care/cases", new { residentId = t.ResidentA, source = "WalkIn", basis = "Statutory",
            presentingProblem = "冒名", supervisorId = t.StaffAId })),
        ["GET /api/v1/care/cases/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/care/cases/{t.CaseA}")),
        ["PUT /api/v1/care/cases/{id:int}/intake"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/care/cases/{t.CaseA}/intake", new { family = "冒名" })),
        ["PUT /api/v1/care/cases/{id:int}/assessment"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/care/cases/{t.CaseA}/assessment", new { needs = "冒名", riskLevel = "Low" })),
        ["PUT /api/v1/care/cases/{id:int}/plan"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/care/cases/{t.CaseA}/plan", new { goals = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/sessions"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/sessions", new { mode = "Phone", content = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/crises"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/crises", new { @event = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/reviews"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/reviews", new { note = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/closing"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/closing", new { reason = "冒名", summary = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/closing/approve"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/closing/approve")),
        ["POST /api/v1/care/cases/{id:int}/closing/return"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/closing/return", new { note = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/transfer"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/transfer", new { workerId = t.StaffAId, note = "冒名" })),
        ["POST /api/v1/care/cases/{id:int}/readers"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/readers", new { userId = t.StaffAId })),
        ["DELETE /api/v1/care/cases/{id:int}/readers/{userId}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/care/cases/{t.CaseA}/readers/{t.StaffAId}")),
        ["POST /api/v1/care/cases/{id:int}/referrals"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/cases/{t.CaseA}/referrals", new { to = "冒名", need = "冒名", consent = true })),
        ["PUT /api/v1/care/cases/{id:int}/referrals/{referralId:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/care/cases/{t.CaseA}/referrals/{t.ReferralA}",
            new { status = "Declined", feedback = "冒名" })),
        ["GET /api/v1/care/cases/{id:int}/referrals/{referralId:int}/letter.docx"] = new(Expect.NotFound, t => Get($"/api/v1/care/cases/{t.CaseA}/referrals/{t.ReferralA}/letter.docx")),
        ["GET /api/v1/care/requests/"] = new(Expect.NotFound, t => Get($"/api/v1/care/requests?communityId={t.CommunityA}")),
        ["POST /api/v1/care/requests/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/care/requests", new { communityId = t.CommunityA, category = "Other", channel = "Phone", text = "冒名" })),
        ["GET /api/v1/care/requests/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/care/requests/{t.RequestA}")),
        ["PUT /api/v1/care/requests/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/care/requests/{t.RequestA}", new { status = "Closed" })),
        ["POST /api/v1/care/requests/{id:int}/case"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/requests/{t.RequestA}/case", new { basis = "Statutory", supervisorId = t.StaffAId })),
        ["POST /api/v1/care/requests/{id:int}/mediation"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/requests/{t.RequestA}/mediation", new { issue = "Noise" })),
        ["POST /api/v1/care/requests/{id:int}/need"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/requests/{t.RequestA}/need", new { })),
        ["POST /api/v1/care/requests/{id:int}/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/care/requests/{t.RequestA}/photos") { Content = PngForm() }),
        ["GET /api/v1/care/requests/{id:int}/photos/{fileId}"] = new(Expect.NotFound, t => Get($"/api/v1/care/requests/{t.RequestA}/photos/{t.RequestPhotoA}")),
        // A resident's own requests; staff have none (404), a resident of B sees and files only their own.
        ["GET /api/v1/me/requests/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/me/requests")),
        ["POST /api/v1/me/requests/"] = new(Expect.OwnDataOnly, _ => Send(HttpMethod.Post, "/api/v1/me/requests", new { category = "Other", text = "乙社区的诉求" })),
        ["POST /api/v1/me/requests/{id:int}/confirmation"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/me/requests/{t.RequestA}/confirmation", new { resolved = true, rating = 1 })),
        ["POST /api/v1/me/requests/{id:int}/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/me/requests/{t.RequestA}/photos") { Content = PngForm() }),
        ["GET /api/v1/me/requests/{id:int}/photos/{fileId}"] = new(Expect.NotFound, t => Get($"/api/v1/me/requests/{t.RequestA}/photos/{t.RequestPhotoA}")),
        // Counts, times and stars only: public by design.
        ["GET /api/v1/public/communities/{communityId:int}/requests"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/communities/{t.CommunityA}/requests")),
        ["GET /api/v1/care/health/followups"] = new(Expect.NotFound, t => Get($"/api/v1/care/health/followups?communityId={t.CommunityA}")),
        ["GET /api/v1/care/health/{residentId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/care/health/{t.ResidentA}")),
        ["POST /api/v1/care/health/{residentId:int}/consent"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/health/{t.ResidentA}/consent", new { by = "Resident" })),
        ["DELETE /api/v1/care/health/{residentId:int}/consent"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/care/health/{t.ResidentA}/consent")),
        ["PUT /api/v1/care/health/{residentId:int}/baseline"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/care/health/{t.ResidentA}/baseline", new { pastHistory = "冒名" })),
        ["POST /api/v1/care/health/{residentId:int}/measurements"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/health/{t.ResidentA}/measurements",
            new { systolic = 120, diastolic = 80, measuredBy = "冒名" })),
        ["POST /api/v1/care/health/{residentId:int}/notes"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/health/{t.ResidentA}/notes", new { kind = "Advice", by = "冒名", text = "冒名" })),
        ["GET /api/v1/care/clinics/"] = new(Expect.NotFound, t => Get($"/api/v1/care/clinics?communityId={t.CommunityA}")),
        ["POST /api/v1/care/clinics/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/care/clinics", new { communityId = t.CommunityA, series = "冒名义诊",
            firstStartsAt = "2026-12-30T09:00:00", weeks = 1, theme = "CheckUp" })),
        ["GET /api/v1/care/clinics/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/care/clinics/{t.ClinicA}")),
        ["POST /api/v1/care/clinics/{id:int}/measurements"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/clinics/{t.ClinicA}/measurements",
            new { residentId = t.ResidentA, reading = new { systolic = 120, diastolic = 80, measuredBy = "冒名" } })),
        ["GET /console/care/clinics"] = new(Expect.OwnDataOnly, t => Get($"/console/care/clinics?communityId={t.CommunityA}"), Page: true),
        ["GET /console/care/clinics/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/care/clinics/{t.ClinicA}"), Page: true),
        ["GET /api/v1/care/home-services"] = new(Expect.NotFound, t => Get($"/api/v1/care/home-services?communityId={t.CommunityA}")),
        ["POST /api/v1/care/home-services"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/care/home-services", new { residentId = t.ResidentA, kind = "Cleaning", provider = "冒名" })),
        ["GET /api/v1/care/pairings"] = new(Expect.NotFound, t => Get($"/api/v1/care/pairings?communityId={t.CommunityA}")),
        ["POST /api/v1/care/pairings"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/care/pairings",
            new { elderId = t.ResidentA, partnerKind = "Volunteer", partnerName = "冒名", purpose = "Accompany", cadenceDays = 7 })),
        ["POST /api/v1/care/pairings/{id:int}/contacts"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/pairings/{t.PairingA}/contacts", new { note = "冒名" })),
        ["POST /api/v1/care/pairings/{id:int}/end"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/care/pairings/{t.PairingA}/end")),
        ["GET /api/v1/care/clubs"] = new(Expect.NotFound, t => Get($"/api/v1/care/clubs?communityId={t.CommunityA}")),
        ["POST /api/v1/care/clubs"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/care/clubs", new { communityId = t.CommunityA, name = "冒名", condition = "冒名" })),
        ["GET /api/v1/care/clubs/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/care/clubs/{t.ClubA}")),
        ["POST /api/v1/care/clubs/{id:int}/members"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/clubs/{t.ClubA}/members", new { residentId = t.ResidentA })),
        ["DELETE /api/v1/care/clubs/{id:int}/members/{residentId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/care/clubs/{t.ClubA}/members/{t.ResidentA}")),
        ["POST /api/v1/care/clubs/{id:int}/sessions"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/care/clubs/{t.ClubA}/sessions",
            new { title = "冒名讲座", startsAt = "2026-12-30T09:00:00", endsAt = "2026-12-30T10:00:00" })),
        ["GET /console/care/support"] = new(Expect.OwnDataOnly, t => Get($"/console/care/support?communityId={t.CommunityA}"), Page: true),
        ["GET /console/care"] = new(Expect.OwnDataOnly, t => Get($"/console/care?communityId={t.CommunityA}"), Page: true),
        ["GET /console/care/cases/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/care/cases/{t.CaseA}"), Page: true),
        ["GET /console/care/requests"] = new(Expect.OwnDataOnly, t => Get($"/console/care/requests?communityId={t.CommunityA}"), Page: true),
        ["GET /console/care/requests/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/care/requests/{t.RequestA}"), Page: true),
        ["GET /console/care/health"] = new(Expect.OwnDataOnly, t => Get($"/console/care/health?communityId={t.CommunityA}"), Page: true),
        ["GET /console/care/health/{ResidentId:int}"] = new(Expect.NotFound, t => Get($"/console/care/health/{t.ResidentA}"), Page: true),
        ["GET /api/v1/renewal/projects"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/renewal/projects")),
        ["POST /api/v1/renewal/projects"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/renewal/projects", new { communityId = t.CommunityA, title = "冒名微更新", summary = "冒名" })),
        ["GET /api/v1/renewal/projects/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/renewal/projects/{t.RenewalA}")),
        ["POST /api/v1/renewal/projects/{id:int}/next"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/next", new { })),
        ["POST /api/v1/renewal/projects/{id:int}/meetings"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/meetings",
            new { stage = "SiteHearing", startsAt = "2026-12-01T19:00:00", place = "冒名" })),
        ["POST /api/v1/renewal/projects/{id:int}/sites"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/sites", new { name = "冒名点位" })),
        ["PUT /api/v1/renewal/projects/{id:int}/site"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/renewal/projects/{t.RenewalA}/site", new { id = 1, reason = "冒名" })),
        ["POST /api/v1/renewal/projects/{id:int}/options"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/options", new { title = "冒名方案", description = "冒名" })),
        ["POST /api/v1/renewal/projects/{id:int}/poll"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/poll", new { })),
        ["PUT /api/v1/renewal/projects/{id:int}/option"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/renewal/projects/{t.RenewalA}/option", new { id = 1, reason = "冒名" })),
        ["POST /api/v1/renewal/projects/{id:int}/items"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/items", new { what = "冒名", responsible = "冒名" })),
        ["POST /api/v1/renewal/projects/{id:int}/quotes"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/quotes",
            new { contractor = "冒名", scope = "冒名", price = "1" })),
        ["PUT /api/v1/renewal/projects/{id:int}/quote"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/renewal/projects/{t.RenewalA}/quote", new { id = 1, reason = "冒名" })),
        ["GET /api/v1/renewal/projects/{id:int}/quotes.xlsx"] = new(Expect.NotFound, t => Get($"/api/v1/renewal/projects/{t.RenewalA}/quotes.xlsx")),
        ["POST /api/v1/renewal/projects/{id:int}/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/renewal/projects/{t.RenewalA}/photos")
            { Content = PngForm(("kind", "Before"), ("caption", "冒名")) }),
        ["GET /api/v1/renewal/projects/{id:int}/photos/{photoId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/renewal/projects/{t.RenewalA}/photos/{t.RenewalPhotoA}")),
        // Public by design: a community's micro-renewals are shown to everyone as they go (A's names nothing secret).
        ["GET /api/v1/public/communities/{communityId:int}/renewal"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/communities/{t.CommunityA}/renewal")),
        ["GET /api/v1/public/renewal/photos/{photoId:int}"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/renewal/photos/{t.RenewalPhotoA}")),
        ["GET /console/renewal"] = new(Expect.OwnDataOnly, _ => Get("/console/renewal"), Page: true),
        ["GET /console/renewal/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/renewal/{t.RenewalA}"), Page: true),
        ["GET /api/v1/deliberation/bodies"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/deliberation/bodies")),
        ["POST /api/v1/deliberation/bodies"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/deliberation/bodies", new { communityId = t.CommunityA, kind = "Council", name = "冒名议事会" })),
        ["GET /api/v1/deliberation/meetings"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/deliberation/meetings")),
        ["POST /api/v1/deliberation/meetings"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/deliberation/meetings",
            new { communityId = t.CommunityA, kind = "Council", title = "冒名会议", startsAt = "2026-12-01T19:00:00", place = "冒名" })),
        ["GET /api/v1/deliberation/meetings/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/meetings/{t.MeetingA}")),
        ["POST /api/v1/deliberation/meetings/{id:int}/collecting"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/collecting", new { collecting = false })),
        ["POST /api/v1/deliberation/meetings/{id:int}/recruit"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/recruit", new { capacity = 10 })),
        ["PUT /api/v1/deliberation/meetings/{id:int}/minutes"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/deliberation/meetings/{t.MeetingA}/minutes", new { discussion = "冒名纪要" })),
        ["POST /api/v1/deliberation/meetings/{id:int}/minutes/approve"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/minutes/approve", new { })),
        ["POST /api/v1/deliberation/meetings/{id:int}/minutes/publish"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/minutes/publish", new { })),
        ["GET /api/v1/deliberation/meetings/{id:int}/minutes.docx"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/meetings/{t.MeetingA}/minutes.docx")),
        ["GET /api/v1/deliberation/meetings/{id:int}/questions"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/meetings/{t.MeetingA}/questions")),
        ["POST /api/v1/deliberation/meetings/{id:int}/questions"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/questions", new { text = "冒名问题", kind = "Question" })),
        // Only residents support; staff of B are refused before the scope is asked.
        ["POST /api/v1/deliberation/questions/{id:int}/support"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/deliberation/questions/{t.QuestionA}/support", new { })),
        ["PUT /api/v1/deliberation/questions/{id:int}/hands"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/deliberation/questions/{t.QuestionA}/hands", new { hands = 99 })),
        ["GET /api/v1/deliberation/meetings/{id:int}/topics"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/meetings/{t.MeetingA}/topics")),
        ["POST /api/v1/deliberation/meetings/{id:int}/topics"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/topics", new { title = "冒名议题", questionIds = new[] { t.QuestionA } })),
        ["PUT /api/v1/deliberation/topics/{id:int}/answer"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/deliberation/topics/{t.TopicA}/answer", new { answer = "冒名回应", answeredBy = "冒名" })),
        ["GET /api/v1/deliberation/meetings/{id:int}/resolutions"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/meetings/{t.MeetingA}/resolutions")),
        ["POST /api/v1/deliberation/meetings/{id:int}/resolutions"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/meetings/{t.MeetingA}/resolutions", new { text = "冒名决议", decidedBy = "Consensus" })),
        ["POST /api/v1/deliberation/resolutions/{id:int}/publish"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/resolutions/{t.ResolutionA}/publish", new { })),
        ["POST /api/v1/deliberation/resolutions/{id:int}/actions"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/deliberation/resolutions/{t.ResolutionA}/actions",
            new { title = "冒名事项", responsible = "冒名", dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd") })),
        ["GET /api/v1/deliberation/actions"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/deliberation/actions")),
        ["GET /api/v1/deliberation/actions/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/actions/{t.ActionA}")),
        ["PUT /api/v1/deliberation/actions/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/deliberation/actions/{t.ActionA}", new { status = "Done" })),
        ["GET /api/v1/deliberation/actions/{id:int}/progress"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/actions/{t.ActionA}/progress")),
        ["POST /api/v1/deliberation/actions/{id:int}/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deliberation/actions/{t.ActionA}/photos")
            { Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("乙")), "file", "b.png" } } }),
        ["GET /api/v1/deliberation/actions/{id:int}/progress/{progressId:int}/photo"] = new(Expect.NotFound, t => Get($"/api/v1/deliberation/actions/{t.ActionA}/progress/{t.ProgressA}/photo")),
        // Public by design: what a community publishes (A's resolution is not published in this probe).
        ["GET /api/v1/public/communities/{communityId:int}/resolutions"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/public/communities/{t.CommunityA}/resolutions")),
        ["GET /console/meetings"] = new(Expect.OwnDataOnly, _ => Get("/console/meetings"), Page: true),
        ["GET /console/meetings/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/meetings/{t.MeetingA}"), Page: true),
        ["GET /console/contests"] = new(Expect.OwnDataOnly, _ => Get("/console/contests"), Page: true),
        ["GET /console/contests/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/contests/{t.ContestA}"), Page: true),
        ["GET /api/v1/surveys/"] = new(Expect.NotFound, t => Get($"/api/v1/surveys?communityId={t.CommunityA}")),
        ["POST /api/v1/surveys/"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/surveys", new { communityId = t.CommunityA, title = "冒名问卷", questions = Array.Empty<object>() })),
        ["GET /api/v1/surveys/templates"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/surveys/templates")),
        ["POST /api/v1/surveys/templates/{key}/copy"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/surveys/templates/household-needs/copy", new { communityId = t.CommunityA })),
        ["GET /api/v1/surveys/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}")),
        ["PUT /api/v1/surveys/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/surveys/{t.SurveyA}", new { title = "改名" })),
        ["POST /api/v1/surveys/{id:int}/copy"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/surveys/{t.SurveyA}/copy", new { })),
        ["POST /api/v1/surveys/{id:int}/open"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{t.SurveyA}/open")),
        ["POST /api/v1/surveys/{id:int}/close"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{t.SurveyA}/close")),
        ["POST /api/v1/surveys/{id:int}/responses"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/surveys/{t.SurveyA}/responses", new { channel = "Paper", answers = new { want = "停车位" } })),
        ["GET /api/v1/surveys/{id:int}/results"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}/results")),
        ["GET /api/v1/surveys/{id:int}/crosstab"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}/crosstab?question=want&by=compound")),
        ["GET /api/v1/surveys/{id:int}/compare"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}/compare")),
        ["GET /api/v1/surveys/{id:int}/open-answers/{key}"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}/open-answers/say")),
        ["POST /api/v1/surveys/{id:int}/themes"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/surveys/{t.SurveyA}/themes", new { questionKey = "say", name = "冒名主题" })),
        ["PUT /api/v1/surveys/{id:int}/answers/{answerId:long}/theme"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/surveys/{t.SurveyA}/answers/{t.AnswerA}/theme", new { themeId = (int?)null })),
        ["GET /api/v1/surveys/{id:int}/export.xlsx"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}/export.xlsx")),
        ["GET /api/v1/surveys/{id:int}/summary.docx"] = new(Expect.NotFound, t => Get($"/api/v1/surveys/{t.SurveyA}/summary.docx")),
        ["POST /api/v1/surveys/{id:int}/needs"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/surveys/{t.SurveyA}/needs", new { questionKey = "want", option = "停车位" })),
        // The public link is found by its secret token only; a guessed one finds nothing.
        ["GET /api/v1/public/surveys/{token}"] = new(Expect.NotFound, _ => Get("/api/v1/public/surveys/0123456789abcdef")),
        ["POST /api/v1/public/surveys/{token}/responses"] = new(Expect.NotFound, _ => Send(HttpMethod.Post, "/api/v1/public/surveys/0123456789abcdef/responses", new { answers = new { want = "停车位" } })),
        ["GET /api/v1/needs/"] = new(Expect.NotFound, t => Get($"/api/v1/needs?communityId={t.CommunityA}")),
        ["POST /api/v1/needs/"] = new(Expect.NotFound, t => Send(HttpMethod.Post, "/api/v1/needs", new { communityId = t.CommunityA, title = "冒名需求" })),
        ["PUT /api/v1/needs/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/needs/{t.NeedA}", new { title = "改名" })),
        ["PUT /api/v1/needs/{id:int}/status"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/needs/{t.NeedA}/status", new { status = "Answered" })),
        ["PUT /api/v1/needs/{id:int}/activities/{activityId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Put, $"/api/v1/needs/{t.NeedA}/activities/{t.ActivityA}")),
        ["DELETE /api/v1/needs/{id:int}/activities/{activityId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/needs/{t.NeedA}/activities/{t.ActivityA}")),
        ["GET /console/users"] = new(Expect.Forbidden, _ => Get("/console/users"), Page: true),
        ["GET /console/audit"] = new(Expect.Forbidden, _ => Get("/console/audit"), Page: true),
        // Partners are the district's, seen by every community in it; what one community received from them is its own.
        ["GET /api/v1/partners/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/partners")),
        ["POST /api/v1/partners/"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, "/api/v1/partners", new { regionId = t.CommunityA, name = "冒名单位", kind = "Business" })),
        ["GET /api/v1/partners/{id:int}"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/partners/{t.PartnerA}")),
        ["POST /api/v1/partners/{id:int}/offers"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/partners/{t.PartnerA}/offers", new { kind = "Venue", description = "冒名" })),
        ["POST /api/v1/partners/{id:int}/accounts"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/partners/{t.PartnerA}/accounts",
            new { userName = "intruder", password = "Intruder-2026" })),
        ["POST /api/v1/partners/{id:int}/contributions"] = new(Expect.Refused, t => Send(HttpMethod.Post, $"/api/v1/partners/{t.PartnerA}/contributions",
            new { communityId = t.CommunityA, kind = "Cash", quantity = 1, value = "100.00", grantProjectId = t.ProjectA })),
        ["POST /api/v1/partners/{id:int}/linkages"] = new(Expect.Refused, t => Send(HttpMethod.Post, $"/api/v1/partners/{t.PartnerA}/linkages", new { needId = t.NeedA })),
        ["PUT /api/v1/partners/{id:int}/linkages/{linkageId:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/partners/{t.PartnerA}/linkages/{t.LinkageA}",
            new { outcome = "Declined", feedback = "冒名" })),
        // A district's program is seen by its communities; applications, projects and reports are the applying community's (and organization's).
        ["GET /api/v1/grants/programs/"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/grants/programs")),
        ["POST /api/v1/grants/programs/"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, "/api/v1/grants/programs", new { regionId = t.Tree.Street, name = "冒名", budget = "1.00",
            categories = new[] { "冒名" } })),
        ["GET /api/v1/grants/programs/{id:int}"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/programs/{t.ProgramA}")),
        ["GET /api/v1/grants/programs/{id:int}/summary"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/programs/{t.ProgramA}/summary")),
        ["GET /api/v1/grants/programs/{id:int}/applications"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/programs/{t.ProgramA}/applications")),
        ["POST /api/v1/grants/programs/{id:int}/applications"] = new(Expect.Refused, t => Send(HttpMethod.Post, $"/api/v1/grants/programs/{t.ProgramA}/applications",
            new { organizationId = t.PartnerA, communityId = t.CommunityA, title = "冒名申报", category = "志愿服务", requested = "100.00" })),
        ["GET /api/v1/grants/programs/{id:int}/reports"] = new(Expect.Forbidden, t => Get($"/api/v1/grants/programs/{t.ProgramA}/reports")),
        ["GET /api/v1/grants/applications/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/grants/applications/{t.ApplicationA}")),
        ["POST /api/v1/grants/applications/{id:int}/endorsement"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/grants/applications/{t.ApplicationA}/endorsement",
            new { endorse = false, reason = "冒名" })),
        ["POST /api/v1/grants/applications/{id:int}/reviews"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/grants/applications/{t.ApplicationA}/reviews", new { score = 1 })),
        ["POST /api/v1/grants/applications/{id:int}/award"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/grants/applications/{t.ApplicationA}/award",
            new { amount = "1.00", startsOn = "2026-01-01", endsOn = "2026-12-31" })),
        ["GET /api/v1/grants/projects/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/projects?communityId={t.CommunityA}")),
        ["GET /api/v1/grants/projects/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}")),
        ["GET /api/v1/grants/projects/{id:int}/indicators"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/indicators")),
        ["PUT /api/v1/grants/projects/{id:int}/indicators/{indicatorId:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put,
            $"/api/v1/grants/projects/{t.ProjectA}/indicators/{t.IndicatorA}", new { value = 1, evidence = "冒名" })),
        ["POST /api/v1/grants/projects/{id:int}/reports"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/grants/projects/{t.ProjectA}/reports",
            new { month = "2026-01", narrative = "冒名" })),
        ["POST /api/v1/grants/projects/{id:int}/milestones/{milestoneId:int}/done"] = new(Expect.NotFound, t => Send(HttpMethod.Post,
            $"/api/v1/grants/projects/{t.ProjectA}/milestones/{t.MilestoneA}/done", new { evidence = "冒名" })),
        ["POST /api/v1/grants/projects/{id:int}/expenditures"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/grants/projects/{t.ProjectA}/expenditures",
            new { budgetLineId = t.BudgetLineA, amount = "1.00", on = "2026-01-01", payee = "冒名" })),
        ["GET /api/v1/stations/staff"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/stations/staff?communityId={t.CommunityA}")),
        ["POST /api/v1/stations/staff"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/stations/staff", new { communityId = t.CommunityA, name = "冒名", qualification = "None" })),
        ["GET /api/v1/stations/staff/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/stations/staff/{t.StaffProfileA}")),
        ["GET /api/v1/stations/trainings"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/stations/trainings?communityId={t.CommunityA}")),
        ["POST /api/v1/stations/trainings"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/stations/trainings", new { communityId = t.CommunityA, title = "冒名",
            hours = 1, on = "2026-01-01", audience = "Staff" })),
        ["GET /api/v1/stations/trainings/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/stations/trainings/{t.TrainingA}")),
        ["POST /api/v1/stations/trainings/{id:int}/attendance"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stations/trainings/{t.TrainingA}/attendance",
            new { staffIds = new[] { t.StaffProfileA } })),
        ["POST /api/v1/stations/trainings/{id:int}/check-ins"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stations/trainings/{t.TrainingA}/check-ins", new { })),
        ["POST /api/v1/stations/trainings/{id:int}/volunteers"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stations/trainings/{t.TrainingA}/volunteers",
            new { volunteerIds = new[] { t.VolunteerA } })),
        ["PUT /api/v1/stations/staff/{id:int}/links"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/stations/staff/{t.StaffProfileA}/links", new { userId = (string?)null })),
        ["GET /api/v1/stations/queue"] = new(Expect.NotFound, t => Get($"/api/v1/stations/queue?communityId={t.CommunityA}")),
        ["POST /api/v1/stations/supervision"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/stations/supervision", new { supervisorId = t.StaffProfileA,
            participantIds = new[] { t.StaffProfileA }, on = "2026-01-01", hours = 1, kind = "Group" })),
        ["GET /api/v1/stations/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/stations?communityId={t.CommunityA}")),
        ["POST /api/v1/stations/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/stations", new { communityId = t.CommunityA, name = "冒名站" })),
        ["GET /api/v1/stations/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/stations/{t.StationA}")),
        ["PUT /api/v1/stations/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/stations/{t.StationA}", new { name = "冒名站" })),
        ["POST /api/v1/stations/{id:int}/rooms"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stations/{t.StationA}/rooms",
            new { spaceId = t.SpaceA, purpose = "Group" })),
        ["POST /api/v1/stations/{id:int}/micro-projects"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stations/{t.StationA}/micro-projects",
            new { title = "冒名", leadGroupId = t.GroupA, startsOn = "2026-01-01" })),
        ["GET /api/v1/stations/figures"] = new(Expect.NotFound, t => Get($"/api/v1/stations/figures?regionId={t.CommunityA}&month=2026-01")),
        ["POST /api/v1/stations/ladder"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/stations/ladder", new { supporterId = t.StaffProfileA,
            supportedId = t.StaffProfileA, from = "2026-01-01" })),
        ["POST /api/v1/stations/ladder/{id:int}/end"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stations/ladder/{t.LadderA}/end", new { on = "2026-01-02" })),
        ["POST /api/v1/patrols/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/patrols", new { communityId = t.CommunityA, name = "冒名", route = "冒名",
            schedule = "冒名", hours = 1, volunteerIds = new[] { t.VolunteerA } })),
        ["GET /api/v1/patrols/"] = new(Expect.NotFound, t => Get($"/api/v1/patrols?communityId={t.CommunityA}")),
        ["GET /api/v1/patrols/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/patrols/{t.PatrolA}")),
        ["POST /api/v1/patrols/{id:int}/logs"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/patrols/{t.PatrolA}/logs",
            new { on = "2026-01-02", volunteerIds = new[] { t.VolunteerA } })),
        ["POST /api/v1/patrols/{id:int}/end"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/patrols/{t.PatrolA}/end")),
        ["GET /api/v1/dashboards/catalogue"] = new(Expect.OwnDataOnly, _ => Get("/api/v1/dashboards/catalogue")),
        ["GET /api/v1/dashboards/figures"] = new(Expect.NotFound, t => Get($"/api/v1/dashboards/figures?regionId={t.CommunityA}")),
        ["GET /api/v1/dashboards/figures.xlsx"] = new(Expect.NotFound, t => Get($"/api/v1/dashboards/figures.xlsx?regionId={t.CompoundA}")),
        ["GET /api/v1/dashboards/report"] = new(Expect.NotFound, t => Get($"/api/v1/dashboards/report?regionId={t.CommunityA}&month=2026-01&format=xlsx")),
        ["GET /api/v1/dashboards/targets"] = new(Expect.NotFound, t => Get($"/api/v1/dashboards/targets?regionId={t.CommunityA}")),
        ["PUT /api/v1/dashboards/targets"] = new(Expect.Refused, t => Send(HttpMethod.Put, $"/api/v1/dashboards/targets?regionId={t.CommunityA}", new { figure = "visits", per = "Month", value = 5 })),
        ["GET /console/dashboards"] = new(Expect.NotFound, t => Get($"/console/dashboards?regionId={t.CompoundA}"), Page: true),
        ["POST /api/v1/dashboards/report/submit"] = new(Expect.Refused, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dashboards/report/submit?regionId={t.CommunityA}&month=2026-01")),
        ["GET /api/v1/helper-tasks/"] = new(Expect.NotFound, t => Get($"/api/v1/helper-tasks?activityId={t.ActivityA}")),
        ["POST /api/v1/helper-tasks/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/helper-tasks", new { activityId = t.ActivityA, name = "冒名任务", people = 1 })),
        ["DELETE /api/v1/helper-tasks/{id:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/helper-tasks/{t.HelperTaskA}")),
        ["POST /api/v1/helper-tasks/{id:int}/assignments"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/helper-tasks/{t.HelperTaskA}/assignments",
            new { volunteerId = t.VolunteerA })),
        ["DELETE /api/v1/helper-tasks/{id:int}/assignments/{volunteerId:int}"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Delete,
            $"/api/v1/helper-tasks/{t.HelperTaskA}/assignments/{t.VolunteerA}")),
        ["GET /api/v1/volunteers/{id:int}/ability/"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/{t.VolunteerA}/ability")),
        ["PUT /api/v1/volunteers/{id:int}/ability/"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/volunteers/{t.VolunteerA}/ability",
            new { limits = new[] { "Sight" } })),
        ["POST /api/v1/volunteers/recognition-rounds/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/volunteers/recognition-rounds", new { communityId = t.CommunityA,
            title = "冒名", from = "2026-01-01", to = "2026-02-01", weights = new { services = 100, hours = 0, performance = 0 }, places = 1 })),
        ["GET /api/v1/volunteers/recognition-rounds/"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/recognition-rounds?communityId={t.CommunityA}")),
        ["GET /api/v1/volunteers/recognition-rounds/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/volunteers/recognition-rounds/{t.RoundA}")),
        ["POST /api/v1/volunteers/recognition-rounds/{id:int}/decide"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/volunteers/recognition-rounds/{t.RoundA}/decide")),
        ["POST /api/v1/volunteers/recognition-rounds/{id:int}/certificates"] = new(Expect.NotFound, t => Send(HttpMethod.Post,
            $"/api/v1/volunteers/recognition-rounds/{t.RoundA}/certificates", new { coIssuer = "冒名" })),
        ["POST /api/v1/activities/templates/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/activities/templates", new { communityId = t.CommunityA, name = "冒名",
            capacity = 10, minutes = 60 })),
        ["GET /api/v1/activities/templates/"] = new(Expect.NotFound, t => Get($"/api/v1/activities/templates?communityId={t.CommunityA}")),
        ["GET /api/v1/activities/templates/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/activities/templates/{t.TemplateA}")),
        ["PUT /api/v1/activities/templates/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/activities/templates/{t.TemplateA}",
            new { name = "冒名", capacity = 10, minutes = 60 })),
        ["POST /api/v1/activities/templates/{id:int}/archive"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/activities/templates/{t.TemplateA}/archive")),
        ["GET /api/v1/activities/{id:int}/plan"] = new(Expect.NotFound, t => Get($"/api/v1/activities/{t.ActivityA}/plan")),
        ["GET /api/v1/stewards/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/stewards?communityId={t.CommunityA}")),
        ["POST /api/v1/stewards/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/stewards", new { regionId = t.Tree.BuildingA, residentId = t.ResidentA })),
        ["GET /api/v1/stewards/{id:int}/households"] = new(Expect.NotFound, t => Get($"/api/v1/stewards/{t.StewardA}/households")),
        ["POST /api/v1/stewards/{id:int}/end"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/stewards/{t.StewardA}/end", new { })),
        ["GET /api/v1/adoptions/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/adoptions?communityId={t.CommunityA}")),
        ["POST /api/v1/adoptions/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/adoptions", new { kind = "Plant", item = "冒名", place = "冒名",
            adopterId = t.ResidentA })),
        ["GET /api/v1/adoptions/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/adoptions/{t.AdoptionA}")),
        ["POST /api/v1/adoptions/{id:int}/care"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/adoptions/{t.AdoptionA}/care", new { note = "冒名" })),
        ["POST /api/v1/adoptions/{id:int}/care/{careId:int}/photo"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/adoptions/{t.AdoptionA}/care/{t.AdoptionCareA}/photo") { Content = PngForm() }),
        ["GET /api/v1/adoptions/{id:int}/care/{careId:int}/photo"] = new(Expect.NotFound, t => Get($"/api/v1/adoptions/{t.AdoptionA}/care/{t.AdoptionCareA}/photo")),
        ["POST /api/v1/adoptions/{id:int}/end"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/adoptions/{t.AdoptionA}/end", new { })),
        ["GET /api/v1/consultations/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/consultations?communityId={t.CommunityA}")),
        ["POST /api/v1/consultations/"] = new(Expect.Refused, t => Send(HttpMethod.Post, "/api/v1/consultations", new { communityId = t.CommunityA, title = "冒名",
            options = new[] { "是", "否" } })),
        ["GET /api/v1/consultations/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/consultations/{t.ConsultationA}")),
        ["POST /api/v1/consultations/{id:int}/answers"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/consultations/{t.ConsultationA}/answers",
            new { householdId = t.HouseholdA, option = "不同意" })),
        ["GET /api/v1/consultations/{id:int}/result"] = new(Expect.NotFound, t => Get($"/api/v1/consultations/{t.ConsultationA}/result")),
        ["POST /api/v1/consultations/{id:int}/close"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/consultations/{t.ConsultationA}/close", new { })),
        ["POST /api/v1/consultations/{id:int}/notice"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/consultations/{t.ConsultationA}/notice", new { })),
        ["GET /api/v1/grants/projects/{id:int}/expenditures/"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/expenditures")),
        ["POST /api/v1/grants/projects/{id:int}/expenditures/{expenditureId:int}/voucher"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/grants/projects/{t.ProjectA}/expenditures/{t.ExpenditureA}/voucher") { Content = PngForm() }),
        ["GET /api/v1/grants/projects/{id:int}/expenditures/{expenditureId:int}/voucher"] = new(Expect.NotFound, t => Get(
            $"/api/v1/grants/projects/{t.ProjectA}/expenditures/{t.ExpenditureA}/voucher")),
        ["GET /api/v1/grants/projects/{id:int}/budget-changes"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/budget-changes")),
        ["GET /api/v1/grants/projects/{id:int}/evaluation"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/evaluation")),
        ["POST /api/v1/grants/projects/{id:int}/activity-evaluations"] = new(Expect.NotFound, t => Send(HttpMethod.Post,
            $"/api/v1/grants/projects/{t.ProjectA}/activity-evaluations", new { activityId = t.ActivityA, feasibility = 1, effect = 1, satisfaction = 1 })),
        ["POST /api/v1/grants/projects/{id:int}/final-evaluation"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/grants/projects/{t.ProjectA}/final-evaluation",
            new { respondents = 1, satisfaction = 1, influence = 1, findings = "冒名" })),
        ["POST /api/v1/grants/projects/{id:int}/budget-changes"] = new(Expect.NotFound, t => Send(HttpMethod.Post, $"/api/v1/grants/projects/{t.ProjectA}/budget-changes",
            new { fromLineId = t.BudgetLineA, toLineId = t.BudgetLineA, amount = "1.00", reason = "冒名" })),
        ["POST /api/v1/grants/budget-changes/{id:int}/decision"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/grants/budget-changes/{t.BudgetChangeA}/decision",
            new { approve = true })),
        ["GET /api/v1/grants/programs/{id:int}/notices/"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/programs/{t.ProgramA}/notices")),
        ["POST /api/v1/grants/programs/{id:int}/notices/"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/grants/programs/{t.ProgramA}/notices",
            new { objectionDays = 7, entries = new[] { new { applicationId = t.ApplicationA, amount = "1.00" } } })),
        // A shortlist notice is public by design; A's tree publishes none, so an unknown one answers 404 and a write to it is refused.
        ["GET /api/v1/public/grants/notices/{id:int}"] = new(Expect.NotFound, _ => Get("/api/v1/public/grants/notices/999999")),
        ["POST /api/v1/grants/notices/{id:int}/objections/"] = new(Expect.NotFound, _ => Send(HttpMethod.Post, "/api/v1/grants/notices/999999/objections",
            new { text = "冒名" })),
        ["GET /api/v1/grants/notices/{id:int}/objections/"] = new(Expect.Forbidden, _ => Get("/api/v1/grants/notices/1/objections")),
        ["POST /api/v1/grants/objections/{id:int}/answer"] = new(Expect.Forbidden, _ => Send(HttpMethod.Post, "/api/v1/grants/objections/1/answer",
            new { upheld = true, answer = "冒名" })),
        ["GET /api/v1/grants/projects/{id:int}/reviews"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/reviews")),
        ["POST /api/v1/grants/projects/{id:int}/reviews"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/grants/projects/{t.ProjectA}/reviews",
            new { stage = "Closing", heldOn = "2020-01-01", findings = "冒名", conclusion = "Pass" })),
        ["POST /api/v1/grants/projects/{id:int}/rectifications/{itemId:int}/done"] = new(Expect.NotFound, t => Send(HttpMethod.Post,
            $"/api/v1/grants/projects/{t.ProjectA}/rectifications/1/done", new { evidence = "冒名" })),
        ["GET /api/v1/grants/projects/{id:int}/agreement"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/agreement")),
        ["PUT /api/v1/grants/projects/{id:int}/agreement"] = new(Expect.Forbidden, t => Send(HttpMethod.Put, $"/api/v1/grants/projects/{t.ProjectA}/agreement",
            new { number = "冒名", signedOn = "2020-01-01", tranches = new[] { new { amount = "1.00" } } })),
        ["POST /api/v1/grants/tranches/{id:int}/payment"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, "/api/v1/grants/tranches/1/payment", new { })),
        ["GET /api/v1/grants/projects/{id:int}/case/"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/case")),
        ["PUT /api/v1/grants/projects/{id:int}/case/"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/grants/projects/{t.ProjectA}/case", new { background = "冒名" })),
        ["POST /api/v1/grants/projects/{id:int}/case/photos"] = new(Expect.NotFound, t => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/grants/projects/{t.ProjectA}/case/photos")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("冒名")), "file", "x.png" }, { new StringContent("冒名"), "caption" } },
        }),
        ["GET /api/v1/grants/projects/{id:int}/case/photos/{photoId:int}"] = new(Expect.NotFound, t => Get($"/api/v1/grants/projects/{t.ProjectA}/case/photos/{t.CasePhotoA}")),
        ["PUT /api/v1/grants/projects/{id:int}/case/selection"] = new(Expect.Forbidden, t => Send(HttpMethod.Put, $"/api/v1/grants/projects/{t.ProjectA}/case/selection",
            new { selected = false })),
        ["GET /api/v1/grants/programs/{id:int}/casebook"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/programs/{t.ProgramA}/casebook")),
        ["GET /api/v1/grants/programs/{id:int}/casebook.docx"] = new(Expect.OwnDataOnly, t => Get($"/api/v1/grants/programs/{t.ProgramA}/casebook.docx")),
        ["GET /api/v1/grants/reports/{id:int}"] = new(Expect.NotFound, t => Get($"/api/v1/grants/reports/{t.ReportA}")),
        ["PUT /api/v1/grants/reports/{id:int}"] = new(Expect.NotFound, t => Send(HttpMethod.Put, $"/api/v1/grants/reports/{t.ReportA}", new { narrative = "冒名" })),
        ["GET /console/partners"] = new(Expect.OwnDataOnly, _ => Get("/console/partners"), Page: true),
        ["GET /console/partners/{Id:int}"] = new(Expect.OwnDataOnly, t => Get($"/console/partners/{t.PartnerA}"), Page: true),
        ["GET /console/grants"] = new(Expect.OwnDataOnly, _ => Get("/console/grants"), Page: true),
        ["GET /console/grants/programs/{Id:int}"] = new(Expect.OwnDataOnly, t => Get($"/console/grants/programs/{t.ProgramA}"), Page: true),
        ["GET /console/grants/applications/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/grants/applications/{t.ApplicationA}"), Page: true),
        ["GET /console/grants/projects"] = new(Expect.OwnDataOnly, t => Get($"/console/grants/projects?communityId={t.CommunityA}"), Page: true),
        ["GET /console/grants/projects/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/grants/projects/{t.ProjectA}"), Page: true),
        ["GET /console/grants/projects/{Id:int}/case"] = new(Expect.NotFound, t => Get($"/console/grants/projects/{t.ProjectA}/case"), Page: true),
        ["GET /console/grants/projects/{Id:int}/evaluation"] = new(Expect.NotFound, t => Get($"/console/grants/projects/{t.ProjectA}/evaluation"), Page: true),
        ["GET /console/grants/programs/{Id:int}/shortlist"] = new(Expect.Forbidden, t => Get($"/console/grants/programs/{t.ProgramA}/shortlist"), Page: true),
        ["GET /console/grants/projects/{Id:int}/spending"] = new(Expect.NotFound, t => Get($"/console/grants/projects/{t.ProjectA}/spending"), Page: true),
        ["GET /console/grants/projects/{Id:int}/oversight"] = new(Expect.NotFound, t => Get($"/console/grants/projects/{t.ProjectA}/oversight"), Page: true),
        ["GET /console/grants/reports/{Id:int}"] = new(Expect.NotFound, t => Get($"/console/grants/reports/{t.ReportA}"), Page: true),
        ["POST /api/v1/grants/reports/{id:int}/review"] = new(Expect.Forbidden, t => Send(HttpMethod.Post, $"/api/v1/grants/reports/{t.ReportA}/review", new { accept = true })),
    };

    [Fact]
    public void Every_endpoint_has_a_probe()
    {
        factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(e => e.Pattern.StartsWith("/api/", StringComparison.Ordinal) || e.Pattern.StartsWith("/console", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Where(m => m != "HEAD").Select(m => $"{m} {e.Pattern}"))
            .Distinct()
            .Order()
            .ToList();
        // Razor pages answer GET and POST on one pattern; the POST is their form handler, probed through the GET.
        var missing = endpoints.Where(e => !Probes.ContainsKey(e) && !(e.StartsWith("POST /console", StringComparison.Ordinal) && Probes.ContainsKey("GET" + e[4..]))).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a cross-community probe:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Staff_of_one_community_reach_nothing_of_another()
    {
        var tree = await TestTree.CreateAsync(factory);
        await SetPhoneOfStaffAAsync(tree);
        var api = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var pages = await BrowserSession.SignInAsync(factory, tree.StaffB, TestTree.Password);
        var secrets = Secrets(tree);
        var target = await ArrangeCommunityAAsync(tree);
        target = target with { PageTokenB = BrowserSession.AntiforgeryToken(await pages.GetStringAsync("/console")) };

        foreach (var (route, probe) in Probes)
        {
            var request = probe.Request(target);
            var response = await (probe.Page ? pages : api).SendAsync(request);
            // Pages write Chinese as character references: decode, or a leaked name would go unseen.
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var status = response.StatusCode;
            switch (probe.Expect)
            {
                case Expect.NotFound:
                    Assert.True(status == HttpStatusCode.NotFound, $"{route}: expected 404, got {(int)status}");
                    break;
                case Expect.Forbidden:
                    var refused = status == HttpStatusCode.Forbidden || (probe.Page && status == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal));
                    Assert.True(refused, $"{route}: expected a refusal, got {(int)status}");
                    break;
                case Expect.Refused:
                    Assert.True(status is HttpStatusCode.UnprocessableEntity or HttpStatusCode.NotFound, $"{route}: expected a refusal, got {(int)status}");
                    break;
                case Expect.OwnDataOnly:
                    Assert.True((int)status < 500, $"{route}: {(int)status}");
                    break;
            }
            foreach (var secret in secrets)
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{route} leaked \"{secret}\"");
        }
    }

    private static string[] Secrets(TestTree tree) => ["甲社区", "13912345678", tree.StaffA, "甲居民", "甲业主"];

    /// <summary>Community A with something of every kind: a resident with an account and a correction, activities, books, points, a survey.</summary>
    private async Task<Target> ArrangeCommunityAAsync(TestTree tree)
    {
        var target = new Target(tree, await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == tree.StaffA).Id)))
        {
            ResidentA = await CreateResidentAAsync(tree),
            OwnerA = await CreateOwnerAAsync(tree),
            TagA = await CreateTagAAsync(tree),
        };
        target = target with { CorrectionA = await CreateCorrectionAAsync(target.ResidentA) };
        target = await WithActivityAAsync(target);
        target = await WithReadingRoomAAsync(target);
        target = await WithPointsAAsync(target);
        target = await WithSurveyAAsync(target);
        target = await WithAssemblyAndContestAAsync(target);
        target = await WithDeliberationAAsync(target);
        target = await WithMediationAndRenewalAAsync(target);
        target = await WithCareAAsync(target);
        target = await WithStationAAsync(target);
        target = await WithPracticesAAsync(target);
        return await WithGrantsAAsync(target);
    }

    /// <summary>A's station: a worker, a training she attended, and a consultation A's resident's household answered.</summary>
    private async Task<Target> WithStationAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var worker = (await (await staffA.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = target.CommunityA, name = "甲居民导师", qualification = "Assistant" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var training = (await (await staffA.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = target.CommunityA, title = "甲社区培训", hours = 2,
            on = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd"), audience = "Activists" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/stations/trainings/{training}/attendance", new { staffIds = new[] { worker } })).EnsureSuccessStatusCode();
        var consultation = (await (await staffA.PostAsJsonAsync("/api/v1/consultations", new { communityId = target.CommunityA, title = "甲社区停车征询",
            options = new[] { "同意", "不同意" } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var household = (await (await staffA.GetAsync($"/api/v1/residents/{target.ResidentA}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("householdId").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/consultations/{consultation}/answers", new { householdId = household, option = "同意" })).EnsureSuccessStatusCode();
        var station = (await (await staffA.PostAsJsonAsync("/api/v1/stations", new { communityId = target.CommunityA, name = "甲社区社工站", persona = "甲居民之友" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var activist = (await (await staffA.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = target.CommunityA, name = "甲居民骨干", qualification = "None" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var link = (await (await staffA.PostAsJsonAsync("/api/v1/stations/ladder", new { supporterId = worker, supportedId = activist, from = "2026-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var adoption = (await (await staffA.PostAsJsonAsync("/api/v1/adoptions", new { kind = "Plant", item = "甲社区栀子花", place = "甲社区花园", adopterId = target.ResidentA }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var care = (await (await staffA.PostAsJsonAsync($"/api/v1/adoptions/{adoption}/care", new { note = "甲居民浇水" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        (await staffA.PostAsync($"/api/v1/adoptions/{adoption}/care/{care}/photo", PngForm())).EnsureSuccessStatusCode();
        var resident = (await (await staffA.GetAsync($"/api/v1/residents/{target.ResidentA}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetInt32();
        var building = (await (await staffA.GetAsync($"/api/v1/regions/{resident}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("parentId").GetInt32();
        var steward = (await (await staffA.PostAsJsonAsync("/api/v1/stewards", new { regionId = building, residentId = target.ResidentA }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return target with
        {
            StaffProfileA = worker, TrainingA = training, ConsultationA = consultation, HouseholdA = household, StationA = station, LadderA = link, AdoptionA = adoption,
            AdoptionCareA = care, StewardA = steward,
        };
    }

    /// <summary>A's patrol rota with a walk, a recognition round of its volunteers, an activity template, and a helper task given to A's volunteer with an ability note.</summary>
    private async Task<Target> WithPracticesAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var yesterday = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd");
        var patrol = (await (await staffA.PostAsJsonAsync("/api/v1/patrols", new { communityId = target.CommunityA, name = "甲社区巡逻队", route = "甲社区北门",
            schedule = "每周六", hours = 1, volunteerIds = new[] { target.VolunteerA } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/patrols/{patrol}/logs", new { on = yesterday, volunteerIds = new[] { target.VolunteerA },
            issues = new[] { new { text = "甲社区路灯不亮", followUp = "None" } } })).EnsureSuccessStatusCode();
        var round = (await (await staffA.PostAsJsonAsync("/api/v1/volunteers/recognition-rounds", new { communityId = target.CommunityA, title = "甲社区表彰",
            from = "2026-01-01", to = yesterday, weights = new { services = 100, hours = 0, performance = 0 }, places = 1 })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var template = (await (await staffA.PostAsJsonAsync("/api/v1/activities/templates", new { communityId = target.CommunityA, name = "甲社区生日会", capacity = 20,
            steps = new[] { new { title = "甲社区破冰", minutes = 30 } } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var task = (await (await staffA.PostAsJsonAsync("/api/v1/helper-tasks", new { activityId = target.ActivityA, name = "甲社区签到引导", people = 2 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/helper-tasks/{task}/assignments", new { volunteerId = target.VolunteerA })).EnsureSuccessStatusCode();
        (await staffA.PutAsJsonAsync($"/api/v1/volunteers/{target.VolunteerA}/ability", new { limits = new[] { "Lifting" }, note = "甲社区的备注" })).EnsureSuccessStatusCode();
        return target with { PatrolA = patrol, RoundA = round, TemplateA = template, HelperTaskA = task };
    }

    /// <summary>
    /// A district partner, a program of the district, and A's application with it — endorsed, reviewed, awarded — whose
    /// project held an activity last month, reported on; the partner gave A something for the project and answers A's need.
    /// </summary>
    private async Task<Target> WithGrantsAAsync(Target target)
    {
        var admin = await factory.AdminAsync();
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var partner = await Builders.APartner("朗力社工中心").CreateAsync(admin, target.Tree.District);
        var program = await Builders.AProgram().CreateAsync(admin, target.Tree.District);
        var monthStart = new DateTime(DateTime.UtcNow.AddHours(8).Year, DateTime.UtcNow.AddHours(8).Month, 1);
        var application = await Builders.AnApplication(partner, target.CommunityA, "甲社区健康小屋")
            .With("indicators", new object[] { new { key = "Custom", label = "甲社区健康档案", target = 300 } })
            .With("budgetLines", new object[] { new { name = "甲社区物资", amount = "50000.00" }, new { name = "甲社区劳务", amount = "4000.00" } })
            .With("milestones", new object[] { new { name = "甲社区调研", dueOn = monthStart.AddDays(20).ToString("yyyy-MM-dd") } })
            .CreateAsync(staffA, program);
        (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{application}/reviews", new { score = 90, comment = "甲社区基础好" })).EnsureSuccessStatusCode();
        var project = (await (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{application}/award",
            new { amount = "54000.00", startsOn = monthStart.AddMonths(-2).ToString("yyyy-MM-dd"), endsOn = monthStart.AddMonths(6).ToString("yyyy-MM-dd") }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("projectId").GetInt32();
        var detail = await (await staffA.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK);
        var indicator = (await (await staffA.GetAsync($"/api/v1/grants/projects/{project}/indicators")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("targets")[0].GetProperty("id").GetInt32();
        var report = (await (await staffA.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports",
            new { month = monthStart.AddMonths(-1).ToString("yyyy-MM"), narrative = "甲居民参加了甲社区义诊" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/partners/{partner}/contributions", new { communityId = target.CommunityA, kind = "Sessions", quantity = 2,
            grantProjectId = project, note = "为甲居民义诊" })).EnsureSuccessStatusCode();
        var linkage = (await (await staffA.PostAsJsonAsync($"/api/v1/partners/{partner}/linkages", new { needId = target.NeedA })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var lines = detail.GetProperty("budgetLines");
        var change = (await (await staffA.PostAsJsonAsync($"/api/v1/grants/projects/{project}/budget-changes", new { fromLineId = lines[0].GetProperty("id").GetInt32(),
            toLineId = lines[1].GetProperty("id").GetInt32(), amount = "1.00", reason = "甲社区物资调整" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PutAsJsonAsync($"/api/v1/grants/projects/{project}/case", new { background = "甲社区老人多", story = "甲居民的故事", storyConsent = "甲居民签字同意" })).EnsureSuccessStatusCode();
        using var photo = new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("甲")), "file", "a.png" }, { new StringContent("甲居民合影"), "caption" } };
        var casePhoto = (await (await staffA.PostAsync($"/api/v1/grants/projects/{project}/case/photos", photo)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await admin.PutAsJsonAsync($"/api/v1/grants/projects/{project}/case/selection", new { selected = true })).EnsureSuccessStatusCode();
        var expenditure = (await (await staffA.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures", new { budgetLineId = lines[1].GetProperty("id").GetInt32(),
            amount = "10.00", on = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), payee = "甲社区超市" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsync($"/api/v1/grants/projects/{project}/expenditures/{expenditure}/voucher", PngForm())).EnsureSuccessStatusCode();
        return target with
        {
            PartnerA = partner, LinkageA = linkage, ProgramA = program, ApplicationA = application, ProjectA = project, IndicatorA = indicator,
            MilestoneA = detail.GetProperty("milestones")[0].GetProperty("id").GetInt32(), BudgetLineA = detail.GetProperty("budgetLines")[0].GetProperty("id").GetInt32(),
            ReportA = report, BudgetChangeA = change, CasePhotoA = casePhoto, ExpenditureA = expenditure,
        };
    }

    /// <summary>A case of 甲居民 under a supervisor of A with a referral, a request with a photo, and a health record with a reading.</summary>
    private async Task<Target> WithCareAAsync(Target target)
    {
        var admin = await factory.AdminAsync();
        var supervisor = "sup" + Guid.NewGuid().ToString("N")[..8];
        await TestTree.CreateUserAsync(admin, supervisor, "SocialWorker", target.CommunityA);
        var supervisorId = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == supervisor).Id));
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var care = (await (await staffA.PostAsJsonAsync("/api/v1/care/cases", new { residentId = target.ResidentA, source = "HomeVisit", basis = "Consent",
            presentingProblem = "甲居民独居，情绪低落", supervisorId })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var referral = (await (await staffA.PostAsJsonAsync($"/api/v1/care/cases/{care}/referrals", new { to = "甲社区卫生服务站", need = "甲居民需要上门体检", consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var request = (await (await staffA.PostAsJsonAsync("/api/v1/care/requests", new { communityId = target.CommunityA, category = "Health", channel = "Phone",
            text = "甲居民想预约上门量血压", residentId = target.ResidentA })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsync($"/api/v1/care/requests/{request}/photos", PngForm())).EnsureSuccessStatusCode();
        var photo = (await (await staffA.GetAsync($"/api/v1/care/requests/{request}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("photos")[0].GetGuid();
        (await staffA.PostAsJsonAsync($"/api/v1/care/health/{target.ResidentA}/consent", new { by = "Resident" })).EnsureSuccessStatusCode();
        (await staffA.PostAsJsonAsync($"/api/v1/care/health/{target.ResidentA}/measurements", new { systolic = 150, diastolic = 95, measuredBy = "甲社区志愿者" }))
            .EnsureSuccessStatusCode();
        var clinic = (await (await staffA.PostAsJsonAsync("/api/v1/care/clinics", new { communityId = target.CommunityA, series = "甲社区义诊",
            firstStartsAt = DateTime.UtcNow.AddDays(2), weeks = 1, theme = "CheckUp", partner = "甲社区卫生服务站" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("ids")[0].GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/care/clinics/{clinic}/measurements", new { residentId = target.ResidentA, reading = new { systolic = 130, diastolic = 85, measuredBy = "甲社区志愿者" } }))
            .EnsureSuccessStatusCode();
        var pairing = (await (await staffA.PostAsJsonAsync("/api/v1/care/pairings", new { elderId = target.ResidentA, partnerKind = "Neighbour", partnerName = "甲业主",
            purpose = "Accompany", cadenceDays = 3 })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync("/api/v1/care/home-services", new { residentId = target.ResidentA, kind = "Cleaning", provider = "甲社区家政", donor = "甲业主" })).EnsureSuccessStatusCode();
        var club = (await (await staffA.PostAsJsonAsync("/api/v1/care/clubs", new { communityId = target.CommunityA, name = "甲社区糖友会", condition = "糖尿病" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/care/clubs/{club}/members", new { residentId = target.ResidentA })).EnsureSuccessStatusCode();
        return target with { CaseA = care, ReferralA = referral, RequestA = request, RequestPhotoA = photo, ClinicA = clinic, PairingA = pairing, ClubA = club };
    }

    /// <summary>A body and a meeting of A with a resident's question merged into a topic, an unpublished resolution, and an action item with a photo.</summary>
    private async Task<Target> WithDeliberationAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var body = (await (await staffA.PostAsJsonAsync("/api/v1/deliberation/bodies", new { communityId = target.CommunityA, kind = "JointMeeting", name = "甲社区联席会议",
            members = new[] { new { organization = "甲社区居委会", duty = "甲社区的职责" } } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var meeting = (await (await staffA.PostAsJsonAsync("/api/v1/deliberation/meetings", new { communityId = target.CommunityA, kind = "OwnersForum", title = "甲社区业主大讲堂",
            startsAt = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ss"), place = "甲社区活动室", bodyId = body })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var question = (await (await staffA.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/questions", new { text = "甲居民的问题", kind = "Question" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var topic = (await (await staffA.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/topics", new { title = "甲社区议题", questionIds = new[] { question } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var resolution = (await (await staffA.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions", new { text = "甲社区决议", decidedBy = "Consensus", publish = false }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var action = (await (await staffA.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{resolution}/actions",
            new { title = "甲社区事项", responsible = "甲社区物业", dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd") }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var progress = (await (await staffA.PostAsync($"/api/v1/deliberation/actions/{action}/photos",
            new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("甲")), "file", "a.png" }, { new StringContent("甲社区进展"), "note" } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return target with { BodyA = body, MeetingA = meeting, QuestionA = question, TopicA = topic, ResolutionA = resolution, ActionA = action, ProgressA = progress };
    }

    /// <summary>A mediation case naming 甲居民 with a photographed step, and a micro-renewal of a building (its public page names the place) with a photo.</summary>
    private async Task<Target> WithMediationAndRenewalAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var mediation = (await (await staffA.PostAsJsonAsync("/api/v1/mediation/cases",
            new { communityId = target.CommunityA, issue = "Animals", channel = "WeChatGroup", complainant = "甲居民", respondent = "甲业主", summary = "甲居民反映甲业主家的公鸡" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var step = (await (await staffA.PostAsJsonAsync($"/api/v1/mediation/cases/{mediation}/steps",
            new { kind = "LetterDrafted", note = "和甲居民一起拟劝导函", letter = "甲业主：请妥善处理公鸡。" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsync($"/api/v1/mediation/cases/{mediation}/steps/{step}/photo", PngForm())).EnsureSuccessStatusCode();
        var renewal = (await (await staffA.PostAsJsonAsync("/api/v1/renewal/projects", new { communityId = target.CommunityA, regionId = target.Tree.BuildingA, title = "院落微更新", summary = "闲置地块改花园" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var photo = (await (await staffA.PostAsync($"/api/v1/renewal/projects/{renewal}/photos", PngForm(("kind", "Before"), ("caption", "闲置地块"))))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return target with { MediationA = mediation, MediationStepA = step, RenewalA = renewal, RenewalPhotoA = photo };
    }

    /// <summary>An open assembly of 甲社区's compound (its owner 甲业主 on the roll), and a contest with an entry.</summary>
    private async Task<Target> WithAssemblyAndContestAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var now = DateTimeOffset.UtcNow;
        var assembly = await (await staffA.PostAsJsonAsync("/api/v1/assemblies", new
        {
            compoundId = target.CompoundA, title = "甲社区业主大会", method = "Written", noticedOn = DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime),
            opensAt = now.AddHours(-1), closesAt = now.AddDays(7), items = new[] { new { title = "甲社区管理规约", matter = "ManagementCovenant" } },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = assembly.GetProperty("id").GetInt32();
        (await staffA.PostAsync($"/api/v1/assemblies/{id}/open", null)).EnsureSuccessStatusCode();
        var voter = (await (await staffA.GetAsync($"/api/v1/assemblies/{id}/roll")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("voters")[0].GetProperty("id").GetInt32();
        var contest = (await (await staffA.PostAsJsonAsync("/api/v1/contests", new { communityId = target.CommunityA, title = "甲社区评选", opensAt = now.AddHours(-1), closesAt = now.AddDays(7), votesPerDay = 3 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var entry = (await (await staffA.PostAsJsonAsync($"/api/v1/contests/{contest}/entries", new { title = "甲社区阳台" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var vote = (await (await staffA.PostAsJsonAsync($"/api/v1/contests/{contest}/onsite-votes", new { entryId = entry, residentId = target.ResidentA })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var ballot = (await (await staffA.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", new { voterId = voter, channel = "Paper",
            choices = new[] { new { itemId = assembly.GetProperty("items")[0].GetProperty("id").GetInt32(), choice = "Agree" } } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var governance = $"/api/v1/assemblies/compounds/{target.CompoundA}";
        var document = (await (await staffA.PostAsJsonAsync($"{governance}/documents", new { kind = "ManagementCovenant", effectiveOn = "2018-06-01", note = "甲社区纸质规约" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var term = (await (await staffA.PostAsJsonAsync($"{governance}/terms", new { number = 1, startsOn = "2024-01-01", endsOn = "2028-12-31", members = new[] { new { name = "甲主任", role = "Director" } } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var ledger = (await (await staffA.PostAsJsonAsync("/api/v1/disclosure/ledgers", new { communityId = target.CommunityA, name = "停车自管基金", kind = "SelfManagedFund" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var ledgerEntry = (await (await staffA.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/entries", new { on = "2026-01-05", direction = "Income", amount = "150.00", category = "停车费", counterparty = "甲居民", publish = false }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var statement = (await (await staffA.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/statements", new { kind = "Month", year = 2025, number = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var notice = (await (await staffA.PostAsJsonAsync("/api/v1/disclosure/notices", new { communityId = target.CommunityA, title = "甲社区公告", body = "甲居民的事",
            displayFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var works = (await (await staffA.PostAsJsonAsync("/api/v1/disclosure/works", new { communityId = target.CommunityA, title = "消防系统维修", fundedBy = "维修资金", budget = "1000" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var photo = (await (await staffA.PostAsync($"/api/v1/contests/{contest}/entries/{entry}/photos",
            new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("甲")), "file", "a.png" } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return target with
        {
            AssemblyA = id, VoterA = voter, AssemblyItemA = assembly.GetProperty("items")[0].GetProperty("id").GetInt32(), ContestA = contest, EntryA = entry, ContestVoteA = vote,
            ContestPhotoA = photo, BallotA = ballot, DocumentA = document, TermA = term, LedgerA = ledger, LedgerEntryA = ledgerEntry, StatementA = statement, NoticeA = notice, WorksA = works,
        };
    }

    /// <summary>Pages outside the console, as a resident of B opens them with A's ids; public ones are public by design (a poster, a shared link).</summary>
    private static readonly Dictionary<string, (Func<Target, string> Url, bool Public)> PortalProbes = new()
    {
        ["/"] = (_ => "/", false),
        ["/portal"] = (_ => "/portal", false),
        ["/portal/me"] = (_ => "/portal/me", false),
        ["/portal/card"] = (_ => "/portal/card", false),
        ["/portal/activities"] = (t => $"/portal/activities?communityId={t.CommunityA}", false),
        ["/portal/activities/{Id:int}"] = (t => $"/portal/activities/{t.ActivityA}", false),
        ["/portal/library"] = (t => $"/portal/library?communityId={t.CommunityA}&q=甲", false),
        ["/portal/notifications"] = (_ => "/portal/notifications", false),
        ["/portal/points"] = (_ => "/portal/points", false),
        ["/portal/spaces"] = (t => $"/portal/spaces?communityId={t.CommunityA}", false),
        ["/portal/surveys"] = (_ => "/portal/surveys", false),
        ["/portal/contests"] = (_ => "/portal/contests", false),
        ["/portal/assemblies"] = (_ => "/portal/assemblies", false),
        ["/portal/assemblies/{Id:int}"] = (t => $"/portal/assemblies/{t.AssemblyA}", false),
        ["/portal/contests/{Id:int}"] = (t => $"/portal/contests/{t.ContestA}", false),
        ["/portal/volunteer"] = (_ => "/portal/volunteer", false),
        ["/portal/steward"] = (_ => "/portal/steward", false),
        ["/account/password"] = (_ => "/account/password", false),
        ["/denied"] = (_ => "/denied", false),
        ["/error"] = (_ => "/error", false),
        ["/not-found"] = (_ => "/not-found", false),
        ["/signin"] = (_ => "/signin", false),
        // Published activities and their records are posters: anyone with the link sees them.
        ["/a/{Id:int}"] = (t => $"/a/{t.ActivityA}", true),
        ["/s/{Token}"] = (_ => "/s/0123456789abcdef", false),
        ["/verify/{Number}"] = (t => $"/verify/{t.CertificateA}", true),
        // A published assembly result is the notice on the compound's board; A's is not published, so it is not found.
        ["/p/assemblies/{Id:int}"] = (t => $"/p/assemblies/{t.AssemblyA}", false),
        // An approved entry is shared in the neighbours' chat group: anyone with the link sees it.
        // A community's published accounts are for everyone, by law (nothing of A's is published in this probe).
        ["/p/ledgers/{CommunityId:int}"] = (t => $"/p/ledgers/{t.CommunityA}", true),
        ["/p/resolutions/{CommunityId:int}"] = (t => $"/p/resolutions/{t.CommunityA}", true),
        ["/p/grants/notices/{Id:int}"] = (_ => "/p/grants/notices/999999", true),
        ["/p/notices/{CommunityId:int}"] = (t => $"/p/notices/{t.CommunityA}?archive=true", true),
        ["/p/works/{CommunityId:int}"] = (t => $"/p/works/{t.CommunityA}", true),
        ["/p/renewal/{CommunityId:int}"] = (t => $"/p/renewal/{t.CommunityA}", true),
        ["/p/requests/{CommunityId:int}"] = (t => $"/p/requests/{t.CommunityA}", true),
        ["/portal/requests"] = (_ => "/portal/requests", false),
        ["/portal/meetings"] = (_ => "/portal/meetings", false),
        ["/portal/meetings/{Id:int}"] = (t => $"/portal/meetings/{t.MeetingA}", false),
        ["/p/contests/{Id:int}/entries/{EntryId:int}"] = (t => $"/p/contests/{t.ContestA}/entries/{t.EntryA}", true),
    };

    [Fact]
    public void Every_page_outside_the_console_has_a_probe()
    {
        factory.CreateClient();
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("/console", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var missing = pages.Where(p => !PortalProbes.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Pages without a resident probe:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Residents_of_one_community_reach_nothing_of_another()
    {
        var tree = await TestTree.CreateAsync(factory);
        var target = await ArrangeCommunityAAsync(tree);
        var (api, pages) = await ResidentOfBAsync(tree);
        target = target with { PageTokenB = BrowserSession.AntiforgeryToken(await pages.GetStringAsync("/account/password")) };

        foreach (var (route, probe) in Probes)
        {
            var response = await (probe.Page ? pages : api).SendAsync(probe.Request(target));
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True((int)response.StatusCode < 500, $"{route}: {(int)response.StatusCode}");
            // A write aimed at A is never done for a resident of B, whatever it answers instead; /me is the resident's own.
            var write = probe.Request(target).Method != HttpMethod.Get;
            var own = probe.Expect == Expect.OwnDataOnly || route.Contains(" /api/v1/me/", StringComparison.Ordinal);
            if (write && !own)
                Assert.False(response.IsSuccessStatusCode, $"{route}: a resident of B was answered {(int)response.StatusCode}");
            foreach (var secret in Secrets(tree))
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{route} leaked \"{secret}\" to a resident");
        }
        foreach (var (route, (url, isPublic)) in PortalProbes)
        {
            var response = await pages.GetAsync(url(target));
            Assert.True((int)response.StatusCode < 500, $"{route}: {(int)response.StatusCode}");
            if (isPublic) continue;
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            foreach (var secret in Secrets(tree))
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{route} leaked \"{secret}\" to a resident");
        }
    }

    /// <summary>A resident of community B with a portal account: a bearer client for the API, a cookie client for the pages.</summary>
    private async Task<(HttpClient Api, HttpClient Pages)> ResidentOfBAsync(TestTree tree)
    {
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var resident = (await (await staffB.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitB, name = "乙居民", gender = "Male", birthDate = "1960-06-06" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = "resB" + Guid.NewGuid().ToString("N")[..8];
        (await staffB.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        return (await factory.ClientForAsync(userName, "Resident-pass-2026"), await BrowserSession.SignInAsync(factory, userName, "Resident-pass-2026"));
    }

    private async Task<int> CreateResidentAAsync(TestTree tree)
    {
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var created = await (await staffA.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "甲居民", gender = "Female", birthDate = "1940-04-04", tags = new[] { "低保" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private async Task<int> CreateOwnerAAsync(TestTree tree)
    {
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var created = await (await staffA.PostAsJsonAsync("/api/v1/residents/owners", new { unitId = tree.UnitA, kind = "Person", name = "甲业主" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    /// <summary>Resident A, given an account, asks for a correction: B's staff must not read or answer it.</summary>
    private async Task<int> CreateCorrectionAAsync(int residentA)
    {
        var admin = await factory.AdminAsync();
        var userName = "resA" + Guid.NewGuid().ToString("N")[..8];
        (await admin.PostAsJsonAsync($"/api/v1/residents/{residentA}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, "Resident-pass-2026");
        var created = await (await resident.PostAsJsonAsync("/api/v1/me/resident/corrections", new { field = "name", requested = "甲居民改名" })).ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private async Task<int> CreateTagAAsync(TestTree tree)
    {
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var created = await (await staffA.PostAsJsonAsync("/api/v1/residents/tags", new { communityId = tree.CommunityA, name = "甲社区标签" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    /// <summary>甲活动 with 甲居民 signed up: B's staff must neither see it nor touch its sign-ups.</summary>
    private async Task<Target> WithActivityAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var activity = (await (await staffA.PostAsJsonAsync("/api/v1/activities", new { communityId = target.CommunityA, title = "甲社区活动", capacity = 5, status = "Published",
            startsAt = "2030-01-01T09:00:00", endsAt = "2030-01-01T10:00:00" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var registration = (await (await staffA.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = target.ResidentA }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var space = (await (await staffA.PostAsJsonAsync("/api/v1/spaces", new { communityId = target.CommunityA, name = "甲社区活动室", capacity = 10 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var booking = (await (await staffA.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = DateTime.UtcNow.AddHours(8).Date.AddDays(1).AddHours(10).ToString("yyyy-MM-ddTHH:mm:ss"),
            endsAt = DateTime.UtcNow.AddHours(8).Date.AddDays(1).AddHours(11).ToString("yyyy-MM-ddTHH:mm:ss"), purpose = "甲社区活动" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var started = DateTime.UtcNow.AddHours(8).AddMinutes(-30);
        var past = (await (await staffA.PostAsJsonAsync("/api/v1/activities", new { communityId = target.CommunityA, title = "甲社区已办活动", capacity = 5, status = "Published",
            startsAt = started.ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = started.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss") })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PutAsJsonAsync($"/api/v1/activities/{past}/record", new { summary = "甲社区活动小结" })).EnsureSuccessStatusCode();
        var photo = (await (await staffA.PostAsync($"/api/v1/activities/{past}/photos",
            new MultipartFormDataContent { { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("甲")), "file", "a.png" } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return target with { ActivityA = activity, RegistrationA = registration, SpaceA = space, BookingA = booking, PastActivityA = past, PhotoA = photo };
    }

    /// <summary>甲社区's reading room: a title with one copy lent to 甲居民 and a hold by another reader.</summary>
    private async Task<Target> WithReadingRoomAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var book = (await (await staffA.PostAsJsonAsync("/api/v1/reading-room/books", new { communityId = target.CommunityA, title = "甲社区藏书", barcodes = new[] { "A-1" } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var loan = (await (await staffA.PostAsJsonAsync("/api/v1/reading-room/loans", new { communityId = target.CommunityA, barcode = "A-1", borrowerId = target.ResidentA }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var other = (await (await staffA.PostAsJsonAsync("/api/v1/residents", new { unitId = target.UnitA, name = "甲读者", gender = "Male", birthDate = "1980-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var hold = (await (await staffA.PostAsJsonAsync("/api/v1/reading-room/holds", new { bookId = book, residentId = other }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return target with { BookA = book, LoanA = loan, HoldA = hold };
    }

    /// <summary>甲社区's exchange: 甲居民 holds points and has redeemed an item waiting at the desk.</summary>
    private async Task<Target> WithPointsAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var award = (await (await staffA.PostAsJsonAsync("/api/v1/points/awards", new { residentId = target.ResidentA, points = 50, reason = "甲社区积分", idempotencyKey = "a-1" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var item = (await (await staffA.PostAsJsonAsync("/api/v1/points/catalog", new { communityId = target.CommunityA, name = "甲社区鸡蛋", pointsCost = 10, stock = 5 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var redemption = (await (await staffA.PostAsJsonAsync("/api/v1/points/redemptions", new { residentId = target.ResidentA, catalogItemId = item, quantity = 1, idempotencyKey = "a-2" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var volunteer = (await (await staffA.PostAsJsonAsync("/api/v1/volunteers", new { residentId = target.ResidentA, skills = new[] { "甲社区技能" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        (await staffA.PostAsJsonAsync($"/api/v1/volunteers/{volunteer}/service-records", new { activityName = "甲社区义诊", date = today, place = "甲社区", content = "协助",
            hours = 2, organizer = "甲社区", personInCharge = "甲社工" })).EnsureSuccessStatusCode();
        var certificate = (await (await staffA.PostAsync($"/api/v1/volunteers/{volunteer}/certificates", null)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        var correction = await factory.WithDbAsync(async db =>
        {
            var v = await db.Set<Linli.Web.Modules.Volunteers.Volunteer>().IgnoreQueryFilters().SingleAsync(x => x.Id == volunteer);
            var c = new Linli.Web.Modules.Volunteers.ServiceCorrection(v, null, "甲社区更正", DateTime.UtcNow);
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var group = (await (await staffA.PostAsJsonAsync("/api/v1/groups", new { communityId = target.CommunityA, name = "甲社区志愿队", kind = "VolunteerTeam" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsJsonAsync($"/api/v1/groups/{group}/members", new { residentId = target.ResidentA, role = "Leader" })).EnsureSuccessStatusCode();
        var upload = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 甲"u8.ToArray()), "file", "charter.pdf" }, { new StringContent("Charter"), "kind" }, { new StringContent("甲社区章程"), "title" } };
        var document = (await (await staffA.PostAsync($"/api/v1/groups/{group}/documents", upload)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var rule = (await (await staffA.PostAsJsonAsync("/api/v1/points/rules", new { communityId = target.CommunityA, kind = "WeeklyThreshold", deed = "甲社区投放", threshold = 1, points = 0, reward = "甲社区垃圾袋" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var deed = await (await staffA.PostAsJsonAsync("/api/v1/points/deeds", new { residentId = target.ResidentA, deed = "甲社区投放", quantity = 1 })).ReadJsonAsync(HttpStatusCode.Created);
        var reward = deed.GetProperty("rewardsGranted")[0].GetProperty("id").GetInt32();
        return target with
        {
            PointsResidentA = target.ResidentA, AwardA = award, ItemA = item, RedemptionA = redemption, VolunteerA = volunteer, CertificateA = certificate,
            ServiceCorrectionA = correction, GroupA = group, GroupDocumentA = document, RuleA = rule, RewardA = reward,
        };
    }

    /// <summary>甲社区's open survey with a written answer, and a need from it answered by 甲社区活动.</summary>
    private async Task<Target> WithSurveyAAsync(Target target)
    {
        var staffA = await factory.ClientForAsync(target.Tree.StaffA, TestTree.Password);
        var survey = (await (await staffA.PostAsJsonAsync("/api/v1/surveys", new { communityId = target.CommunityA, title = "甲社区问卷", targetCount = 10, questions = new object[]
        {
            new { key = "want", type = "Single", text = "甲社区最缺什么", options = new[] { "甲社区停车位", "停车位" } },
            new { key = "say", type = "Text", text = "甲社区建议" },
        } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staffA.PostAsync($"/api/v1/surveys/{survey}/open", null)).EnsureSuccessStatusCode();
        (await staffA.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Paper", residentId = target.ResidentA, answers = new { want = "甲社区停车位", say = "甲社区意见" } }))
            .EnsureSuccessStatusCode();
        var answer = (await (await staffA.GetAsync($"/api/v1/surveys/{survey}/open-answers/say")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("id").GetInt64();
        var need = (await (await staffA.PostAsJsonAsync($"/api/v1/surveys/{survey}/needs", new { questionKey = "want", option = "甲社区停车位" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        (await staffA.PutAsync($"/api/v1/needs/{need}/activities/{target.ActivityA}", null)).EnsureSuccessStatusCode();
        return target with { SurveyA = survey, AnswerA = answer, NeedA = need };
    }

    private Task SetPhoneOfStaffAAsync(TestTree tree) => factory.WithServicesAsync(async services =>
    {
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Linli.Web.Platform.Identity.LinliUser>>();
        var encryptor = services.GetRequiredService<Linli.Web.Platform.Privacy.FieldEncryptor>();
        var user = await users.FindByNameAsync(tree.StaffA);
        user!.PhoneNumber = "13912345678";
        user.PhoneLookup = encryptor.Lookup("13912345678");
        await users.UpdateAsync(user);
    });
}
