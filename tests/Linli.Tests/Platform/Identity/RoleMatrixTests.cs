using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Platform.Identity;

/// <summary>
/// The permission matrix of docs/permissions.md, walked: every API endpoint, called by an account of each role and by
/// nobody signed in. A role the matrix allows is never refused (401/403) and never meets a 500, whatever it sends; a
/// role it refuses gets 403 (401 when nobody is signed in). An endpoint the matrix does not list fails the test, so a
/// new endpoint states who may call it.
/// </summary>
public sealed partial class RoleMatrixTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string Nobody = "Nobody";
    private const string Admin = "PlatformAdmin", District = "DistrictOfficer", Street = "StreetOfficer", Community = "CommunityStaff",
        SocialWorker = "SocialWorker", GroupLeader = "GroupLeader", Resident = "Resident", Organization = "SocialOrganization",
        Evaluator = "Evaluator";

    // The columns of docs/permissions.md, spelled out here rather than read from the code they check.
    private static readonly string[] Anyone = [Nobody, Admin, District, Street, Community, SocialWorker, GroupLeader, Resident, Organization, Evaluator];
    private static readonly string[] SignedIn = [Admin, District, Street, Community, SocialWorker, GroupLeader, Resident, Organization, Evaluator];
    /// <summary>Everyone signed in who lives or works in a community: not a social organization's account.</summary>
    private static readonly string[] CommunityPeople = [Admin, District, Street, Community, SocialWorker, GroupLeader, Resident];
    private static readonly string[] AdminOnly = [Admin];
    private static readonly string[] Staff = [Admin, District, Street, Community, SocialWorker, GroupLeader];
    private static readonly string[] RegisterReaders = [Admin, District, Street, Community, SocialWorker];
    private static readonly string[] FrontLine = [Admin, Street, Community, SocialWorker];
    private static readonly string[] FrontLineAndLeaders = [Admin, Street, Community, SocialWorker, GroupLeader];
    private static readonly string[] Unmaskers = [Admin, Community, SocialWorker];
    private static readonly string[] RegionEditors = [Admin, District, Street, Community];
    private static readonly string[] LedgerKeepers = [Admin, Community, SocialWorker];
    private static readonly string[] MeetingRunners = LedgerKeepers;
    private static readonly string[] Askers = [Admin, Community, SocialWorker, Resident];
    private static readonly string[] Mediators = LedgerKeepers;
    private static readonly string[] RenewalRunners = MeetingRunners;
    private static readonly string[] CaseWorkers = [Community, SocialWorker];
    private static readonly string[] RequestHandlers = Mediators;
    private static readonly string[] GrantManagers = [Admin, District];
    private static readonly string[] GrantReaders = [Admin, District, Street, Community, SocialWorker, Organization, Evaluator];
    private static readonly string[] GrantEvaluators = [Admin, Evaluator];
    private static readonly string[] Applicants = [Admin, District, Community, SocialWorker, Organization];
    private static readonly string[] Reviewers = [Admin, District, Street, Community, SocialWorker];
    private static readonly string[] GrantReporters = [Admin, Community, SocialWorker, Organization];

    /// <summary>Each endpoint ("METHOD /route") and who may call it.</summary>
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["POST /api/v1/points/deeds"] = FrontLineAndLeaders,
        ["GET /api/v1/certificates/{number}"] = Anyone,
        ["GET /api/v1/certificates/{number}/document"] = SignedIn,
        ["POST /api/v1/auth/token"] = Anyone,
        ["GET /api/v1/me"] = SignedIn,
        ["POST /api/v1/me/password"] = SignedIn,
        ["GET /api/v1/users"] = AdminOnly,
        ["POST /api/v1/users"] = AdminOnly,
        ["PUT /api/v1/users/{id}/roles"] = AdminOnly,
        ["POST /api/v1/users/{id}/password-reset"] = AdminOnly,
        ["PUT /api/v1/users/{id}/enabled"] = AdminOnly,
        ["GET /api/v1/regions"] = Staff,
        ["GET /api/v1/regions/{id:int}"] = Staff,
        ["GET /api/v1/regions/{id:int}/children"] = Staff,
        ["POST /api/v1/regions"] = RegionEditors,
        ["PUT /api/v1/regions/{id:int}"] = RegionEditors,
        ["DELETE /api/v1/regions/{id:int}"] = RegionEditors,
        ["POST /api/v1/regions/{id:int}/import"] = RegionEditors,
        ["GET /api/v1/audit"] = AdminOnly,
        ["GET /api/v1/audit/verify"] = AdminOnly,
        ["POST /api/v1/privacy/unmask"] = Unmaskers,
        ["GET /api/v1/notifications"] = SignedIn,
        ["POST /api/v1/notifications/read"] = SignedIn,
        ["GET /api/v1/residents"] = RegisterReaders,
        ["GET /api/v1/residents/{id:int}"] = RegisterReaders,
        ["POST /api/v1/residents"] = FrontLine,
        ["PUT /api/v1/residents/{id:int}"] = FrontLine,
        ["PUT /api/v1/residents/{id:int}/status"] = FrontLine,
        ["GET /api/v1/residents/import-template"] = FrontLine,
        ["POST /api/v1/residents/import"] = FrontLine,
        ["GET /api/v1/residents/import/progress"] = FrontLine,
        ["GET /api/v1/residents/export"] = RegisterReaders,
        ["PUT /api/v1/residents/{id:int}/care"] = FrontLine,
        ["POST /api/v1/residents/{id:int}/visits"] = FrontLine,
        ["GET /api/v1/residents/care/overdue"] = RegisterReaders,
        ["GET /api/v1/residents/care/birthdays"] = RegisterReaders,
        ["GET /api/v1/residents/care/settings"] = RegisterReaders,
        ["PUT /api/v1/residents/care/settings"] = FrontLine,
        ["GET /api/v1/residents/owners"] = RegisterReaders,
        ["POST /api/v1/residents/owners"] = FrontLine,
        ["DELETE /api/v1/residents/owners/{id:int}"] = FrontLine,
        ["GET /api/v1/residents/tags"] = RegisterReaders,
        ["POST /api/v1/residents/tags"] = FrontLine,
        ["DELETE /api/v1/residents/tags/{id:int}"] = FrontLine,
        ["GET /api/v1/me/resident"] = SignedIn,
        ["POST /api/v1/me/resident/corrections"] = SignedIn,
        ["GET /api/v1/residents/corrections"] = RegisterReaders,
        ["PUT /api/v1/residents/corrections/{id:int}"] = FrontLine,
        ["POST /api/v1/residents/{id:int}/account"] = FrontLine,
        ["GET /api/v1/residents/{id:int}/guardians"] = FrontLine,
        ["POST /api/v1/residents/{id:int}/guardians"] = FrontLine,
        ["DELETE /api/v1/residents/{id:int}/guardians/{guardianId:int}"] = FrontLine,
        ["POST /api/v1/activities"] = FrontLine,
        ["POST /api/v1/activities/series"] = FrontLine,
        ["PUT /api/v1/activities/{id:int}/status"] = FrontLine,
        ["GET /api/v1/activities"] = FrontLine,
        ["GET /api/v1/activities/figures"] = FrontLine,
        ["GET /api/v1/activities/{id:int}"] = SignedIn,
        ["POST /api/v1/activities/{id:int}/registrations"] = SignedIn,
        ["DELETE /api/v1/activities/{id:int}/registrations/{registrationId:int}"] = SignedIn,
        ["POST /api/v1/activities/{id:int}/registrations/{registrationId:int}/approve"] = FrontLine,
        ["POST /api/v1/activities/{id:int}/checkins"] = SignedIn,
        ["GET /api/v1/activities/{id:int}/checkin-code"] = FrontLine,
        ["PUT /api/v1/activities/{id:int}/rating"] = SignedIn,
        ["GET /api/v1/activities/{id:int}/record"] = FrontLine,
        ["PUT /api/v1/activities/{id:int}/record"] = FrontLine,
        ["POST /api/v1/activities/{id:int}/photos"] = FrontLine,
        ["PUT /api/v1/activities/{id:int}/photos/{photoId:int}"] = FrontLine,
        ["DELETE /api/v1/activities/{id:int}/photos/{photoId:int}"] = FrontLine,
        ["GET /api/v1/activities/{id:int}/photos/{photoId:int}"] = FrontLine,
        ["POST /api/v1/spaces"] = FrontLine,
        ["GET /api/v1/spaces"] = Staff,
        ["GET /api/v1/spaces/{id:int}"] = Staff,
        ["POST /api/v1/spaces/{id:int}/closures"] = FrontLine,
        ["GET /api/v1/spaces/{id:int}/bookings"] = Staff,
        ["POST /api/v1/spaces/{id:int}/bookings"] = SignedIn,
        ["POST /api/v1/spaces/{id:int}/bookings/weekly"] = SignedIn,
        ["GET /api/v1/spaces/pending"] = FrontLine,
        ["POST /api/v1/spaces/bookings/{bookingId:int}/approve"] = FrontLine,
        ["POST /api/v1/spaces/bookings/{bookingId:int}/reject"] = FrontLine,
        ["DELETE /api/v1/spaces/bookings/{bookingId:int}"] = SignedIn,
        ["PUT /api/v1/spaces/bookings/{bookingId:int}/visitors"] = FrontLine,
        ["GET /api/v1/spaces/usage"] = Staff,
        ["POST /api/v1/reading-room/books"] = FrontLine,
        ["GET /api/v1/reading-room/books"] = FrontLine,
        ["GET /api/v1/reading-room/books/{id:int}"] = FrontLine,
        ["POST /api/v1/reading-room/books/{id:int}/copies"] = FrontLine,
        ["POST /api/v1/reading-room/copies/withdraw"] = FrontLine,
        ["POST /api/v1/reading-room/books/import"] = FrontLine,
        ["GET /api/v1/reading-room/books/import-template"] = FrontLine,
        ["POST /api/v1/reading-room/loans"] = SignedIn,
        ["GET /api/v1/reading-room/loans"] = FrontLine,
        ["POST /api/v1/reading-room/loans/{id:int}/renew"] = SignedIn,
        ["POST /api/v1/reading-room/returns"] = SignedIn,
        ["POST /api/v1/reading-room/holds"] = SignedIn,
        ["DELETE /api/v1/reading-room/holds/{id:int}"] = SignedIn,
        ["GET /api/v1/reading-room/me"] = SignedIn,
        ["POST /api/v1/reading-room/reminders"] = FrontLine,
        ["GET /api/v1/reading-room/rules"] = FrontLine,
        ["PUT /api/v1/reading-room/rules"] = FrontLine,
        ["GET /api/v1/reading-room/stats"] = FrontLine,
        ["POST /api/v1/points/awards"] = FrontLine,
        ["POST /api/v1/points/transactions/{id:int}/reverse"] = FrontLine,
        ["GET /api/v1/points/accounts/{residentId:int}"] = SignedIn,
        ["GET /api/v1/points/accounts/{residentId:int}/history"] = SignedIn,
        ["POST /api/v1/points/catalog"] = FrontLine,
        ["GET /api/v1/points/catalog"] = SignedIn,
        ["POST /api/v1/points/redemptions"] = SignedIn,
        ["GET /api/v1/points/redemptions"] = FrontLine,
        ["POST /api/v1/points/redemptions/{id:int}/pickup"] = FrontLine,
        ["POST /api/v1/points/redemptions/{id:int}/cancel"] = FrontLine,
        ["GET /api/v1/points/statement"] = FrontLine,
        ["POST /api/v1/points/rules"] = FrontLine,
        ["GET /api/v1/points/rules"] = FrontLine,
        ["POST /api/v1/points/rules/{id:int}/switch-off"] = FrontLine,
        ["GET /api/v1/points/rewards"] = FrontLine,
        ["POST /api/v1/points/rewards/{id:int}/hand-out"] = FrontLine,
        ["POST /api/v1/points/swaps"] = FrontLine,
        ["GET /api/v1/points/swaps"] = FrontLine,
        ["POST /api/v1/volunteers"] = FrontLine,
        ["GET /api/v1/volunteers"] = FrontLine,
        ["GET /api/v1/volunteers/{id:int}"] = FrontLine,
        ["GET /api/v1/volunteers/{id:int}/profile"] = FrontLine,
        ["POST /api/v1/volunteers/{id:int}/service-records"] = FrontLine,
        ["GET /api/v1/volunteers/{id:int}/service-records"] = FrontLine,
        ["POST /api/v1/volunteers/{id:int}/trainings"] = FrontLine,
        ["POST /api/v1/volunteers/{id:int}/awards"] = FrontLine,
        ["POST /api/v1/volunteers/{id:int}/evaluations"] = FrontLine,
        ["POST /api/v1/volunteers/{id:int}/certificates"] = FrontLine,
        ["GET /api/v1/volunteers/recognition"] = FrontLine,
        ["GET /api/v1/volunteers/hours-to-confirm"] = FrontLine,
        ["GET /api/v1/volunteers/corrections"] = FrontLine,
        ["POST /api/v1/volunteers/corrections/{id:int}/resolve"] = FrontLine,
        ["GET /api/v1/activities/{id:int}/volunteer-hours"] = FrontLine,
        ["POST /api/v1/activities/{id:int}/volunteer-hours"] = FrontLine,
        ["GET /api/v1/me/volunteer"] = SignedIn,
        ["POST /api/v1/me/volunteer/corrections"] = SignedIn,
        ["GET /api/v1/me/steward"] = SignedIn,
        ["POST /api/v1/me/steward/consultations/{id:int}/answers"] = SignedIn,
        ["POST /api/v1/groups"] = FrontLine,
        ["GET /api/v1/groups"] = FrontLineAndLeaders,
        ["GET /api/v1/groups/{id:int}"] = FrontLineAndLeaders,
        ["PUT /api/v1/groups/{id:int}"] = FrontLine,
        ["PUT /api/v1/groups/{id:int}/stage"] = FrontLine,
        ["POST /api/v1/groups/{id:int}/members"] = FrontLineAndLeaders,
        ["PUT /api/v1/groups/{id:int}/members/{residentId:int}"] = FrontLineAndLeaders,
        ["DELETE /api/v1/groups/{id:int}/members/{residentId:int}"] = FrontLineAndLeaders,
        ["POST /api/v1/groups/{id:int}/documents"] = FrontLineAndLeaders,
        ["GET /api/v1/groups/{id:int}/documents/{documentId:int}"] = FrontLineAndLeaders,
        ["POST /api/v1/groups/{id:int}/trainings"] = FrontLineAndLeaders,
        ["POST /api/v1/groups/{id:int}/supervision-notes"] = FrontLine,
        ["POST /api/v1/groups/{id:int}/activities"] = FrontLineAndLeaders,
        ["PUT /api/v1/groups/{id:int}/activities/{activityId:int}"] = FrontLine,
        ["GET /api/v1/assemblies"] = Staff,
        ["POST /api/v1/assemblies"] = FrontLine,
        ["GET /api/v1/assemblies/{id:int}"] = Staff,
        ["POST /api/v1/assemblies/{id:int}/open"] = FrontLine,
        ["POST /api/v1/assemblies/{id:int}/close"] = FrontLine,
        ["GET /api/v1/assemblies/{id:int}/roll"] = FrontLineAndLeaders,
        ["POST /api/v1/assemblies/{id:int}/ballots"] = FrontLineAndLeaders,
        ["GET /api/v1/assemblies/{id:int}/result"] = Staff,
        ["GET /api/v1/assemblies/{id:int}/count"] = Staff,
        ["GET /api/v1/assemblies/{id:int}/pending"] = FrontLineAndLeaders,
        ["POST /api/v1/assemblies/{id:int}/attempts"] = FrontLineAndLeaders,
        ["POST /api/v1/assemblies/{id:int}/count"] = FrontLine,
        ["POST /api/v1/assemblies/{id:int}/publish"] = FrontLine,
        ["GET /api/v1/assemblies/{id:int}/notice.docx"] = Staff,
        ["GET /api/v1/contests"] = CommunityPeople,
        ["GET /api/v1/assemblies/{id:int}/ballots"] = FrontLineAndLeaders,
        ["POST /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/scan"] = FrontLineAndLeaders,
        ["POST /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/proxy-document"] = FrontLineAndLeaders,
        ["GET /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/scan"] = FrontLine,
        ["GET /api/v1/assemblies/{id:int}/ballots/{ballotId:int}/proxy-document"] = FrontLine,
        ["GET /api/v1/assemblies/mine"] = [Resident],
        ["GET /api/v1/assemblies/compounds/{compoundId:int}"] = Staff,
        ["PUT /api/v1/assemblies/compounds/{compoundId:int}/rules"] = FrontLine,
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/documents"] = FrontLine,
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/documents/{documentId:int}/file"] = FrontLine,
        ["GET /api/v1/assemblies/compounds/{compoundId:int}/documents/{documentId:int}/file"] = Staff,
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/terms"] = FrontLine,
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/terms/{termId:int}/filing"] = FrontLine,
        ["POST /api/v1/assemblies/compounds/{compoundId:int}/terms/{termId:int}/handover"] = FrontLine,
        ["POST /api/v1/assemblies/{id:int}/my-ballot"] = [Resident],
        ["GET /api/v1/public/assemblies/{id:int}/receipts/{receipt}"] = Anyone,
        ["GET /api/v1/disclosure/ledgers"] = Staff,
        ["POST /api/v1/disclosure/ledgers"] = LedgerKeepers,
        ["GET /api/v1/disclosure/ledgers/{id:int}"] = Staff,
        ["GET /api/v1/disclosure/ledgers/{id:int}/entries"] = Staff,
        ["POST /api/v1/disclosure/ledgers/{id:int}/entries"] = LedgerKeepers,
        ["GET /api/v1/disclosure/entries/{id:int}"] = Staff,
        ["POST /api/v1/disclosure/entries/{id:int}/corrections"] = LedgerKeepers,
        ["POST /api/v1/disclosure/entries/{id:int}/approve"] = LedgerKeepers,
        ["GET /api/v1/public/communities/{communityId:int}/ledgers"] = Anyone,
        ["GET /api/v1/public/ledgers/{id:int}/verify"] = Anyone,
        ["GET /api/v1/public/ledgers/{id:int}"] = Anyone,
        ["GET /api/v1/public/ledgers/{id:int}/statements"] = Anyone,
        ["GET /api/v1/disclosure/ledgers/{id:int}/entries.xlsx"] = Staff,
        ["GET /api/v1/disclosure/entries/{id:int}/voucher"] = Staff,
        ["GET /api/v1/disclosure/notices"] = Staff,
        ["GET /api/v1/disclosure/works"] = Staff,
        ["POST /api/v1/disclosure/works"] = LedgerKeepers,
        ["GET /api/v1/disclosure/works/{id:int}"] = Staff,
        ["POST /api/v1/disclosure/works/{id:int}/opening"] = LedgerKeepers,
        ["POST /api/v1/disclosure/works/{id:int}/award"] = LedgerKeepers,
        ["POST /api/v1/disclosure/works/{id:int}/progress"] = LedgerKeepers,
        ["POST /api/v1/disclosure/works/{id:int}/acceptance"] = LedgerKeepers,
        ["GET /api/v1/public/communities/{communityId:int}/works"] = Anyone,
        ["POST /api/v1/disclosure/notices"] = LedgerKeepers,
        ["POST /api/v1/disclosure/notices/{id:int}/withdraw"] = LedgerKeepers,
        ["GET /api/v1/public/communities/{communityId:int}/notices"] = Anyone,
        ["GET /api/v1/disclosure/ledgers/{id:int}/statements"] = Staff,
        ["POST /api/v1/disclosure/ledgers/{id:int}/statements"] = LedgerKeepers,
        ["GET /api/v1/disclosure/statements/{id:int}/notice.docx"] = Staff,
        ["GET /api/v1/deliberation/bodies"] = CommunityPeople,
        ["POST /api/v1/deliberation/bodies"] = MeetingRunners,
        ["GET /api/v1/deliberation/meetings"] = CommunityPeople,
        ["POST /api/v1/deliberation/meetings"] = MeetingRunners,
        ["GET /api/v1/deliberation/meetings/{id:int}"] = CommunityPeople,
        ["POST /api/v1/deliberation/meetings/{id:int}/collecting"] = MeetingRunners,
        ["POST /api/v1/deliberation/meetings/{id:int}/recruit"] = MeetingRunners,
        ["PUT /api/v1/deliberation/meetings/{id:int}/minutes"] = MeetingRunners,
        ["POST /api/v1/deliberation/meetings/{id:int}/minutes/approve"] = MeetingRunners,
        ["POST /api/v1/deliberation/meetings/{id:int}/minutes/publish"] = MeetingRunners,
        ["GET /api/v1/deliberation/meetings/{id:int}/minutes.docx"] = Staff,
        ["GET /api/v1/deliberation/meetings/{id:int}/questions"] = CommunityPeople,
        ["POST /api/v1/deliberation/meetings/{id:int}/questions"] = Askers,
        ["POST /api/v1/deliberation/questions/{id:int}/support"] = [Resident],
        ["PUT /api/v1/deliberation/questions/{id:int}/hands"] = MeetingRunners,
        ["GET /api/v1/deliberation/meetings/{id:int}/topics"] = CommunityPeople,
        ["POST /api/v1/deliberation/meetings/{id:int}/topics"] = MeetingRunners,
        ["PUT /api/v1/deliberation/topics/{id:int}/answer"] = MeetingRunners,
        ["GET /api/v1/deliberation/meetings/{id:int}/resolutions"] = Staff,
        ["POST /api/v1/deliberation/meetings/{id:int}/resolutions"] = MeetingRunners,
        ["POST /api/v1/deliberation/resolutions/{id:int}/publish"] = MeetingRunners,
        ["POST /api/v1/deliberation/resolutions/{id:int}/actions"] = MeetingRunners,
        ["GET /api/v1/deliberation/actions"] = Staff,
        ["GET /api/v1/deliberation/actions/{id:int}"] = Staff,
        ["PUT /api/v1/deliberation/actions/{id:int}"] = MeetingRunners,
        ["GET /api/v1/deliberation/actions/{id:int}/progress"] = Staff,
        ["POST /api/v1/deliberation/actions/{id:int}/photos"] = MeetingRunners,
        ["GET /api/v1/deliberation/actions/{id:int}/progress/{progressId:int}/photo"] = Staff,
        ["GET /api/v1/public/communities/{communityId:int}/resolutions"] = Anyone,
        ["GET /api/v1/mediation/cases"] = Mediators,
        ["POST /api/v1/mediation/cases"] = Mediators,
        ["GET /api/v1/mediation/cases/{id:int}"] = Mediators,
        ["POST /api/v1/mediation/cases/{id:int}/steps"] = Mediators,
        ["POST /api/v1/mediation/cases/{id:int}/steps/{stepId:int}/photo"] = Mediators,
        ["GET /api/v1/mediation/cases/{id:int}/steps/{stepId:int}/photo"] = Mediators,
        ["GET /api/v1/mediation/cases/{id:int}/steps/{stepId:int}/letter.docx"] = Mediators,
        ["PUT /api/v1/mediation/cases/{id:int}/outcome"] = Mediators,
        ["POST /api/v1/mediation/cases/{id:int}/check"] = Mediators,
        ["GET /api/v1/mediation/counts"] = Staff,
        ["GET /api/v1/care/colleagues"] = CaseWorkers,
        ["GET /api/v1/public/communities/{communityId:int}/requests"] = Anyone,
        ["GET /api/v1/care/cases"] = CaseWorkers,
        ["POST /api/v1/care/cases"] = CaseWorkers,
        ["GET /api/v1/care/cases/{id:int}"] = CaseWorkers,
        ["PUT /api/v1/care/cases/{id:int}/intake"] = CaseWorkers,
        ["PUT /api/v1/care/cases/{id:int}/assessment"] = CaseWorkers,
        ["PUT /api/v1/care/cases/{id:int}/plan"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/sessions"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/crises"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/reviews"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/closing"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/closing/approve"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/closing/return"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/transfer"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/readers"] = CaseWorkers,
        ["DELETE /api/v1/care/cases/{id:int}/readers/{userId}"] = CaseWorkers,
        ["POST /api/v1/care/cases/{id:int}/referrals"] = CaseWorkers,
        ["PUT /api/v1/care/cases/{id:int}/referrals/{referralId:int}"] = CaseWorkers,
        ["GET /api/v1/care/cases/{id:int}/referrals/{referralId:int}/letter.docx"] = CaseWorkers,
        ["GET /api/v1/care/requests"] = RequestHandlers,
        ["POST /api/v1/care/requests"] = RequestHandlers,
        ["GET /api/v1/care/requests/{id:int}"] = RequestHandlers,
        ["PUT /api/v1/care/requests/{id:int}"] = RequestHandlers,
        ["POST /api/v1/care/requests/{id:int}/case"] = CaseWorkers,
        ["POST /api/v1/care/requests/{id:int}/mediation"] = Mediators,
        ["POST /api/v1/care/requests/{id:int}/need"] = RequestHandlers,
        ["POST /api/v1/care/requests/{id:int}/photos"] = RequestHandlers,
        ["GET /api/v1/care/requests/{id:int}/photos/{fileId}"] = RequestHandlers,
        ["GET /api/v1/me/requests"] = SignedIn,
        ["POST /api/v1/me/requests"] = SignedIn,
        ["POST /api/v1/me/requests/{id:int}/confirmation"] = SignedIn,
        ["POST /api/v1/me/requests/{id:int}/photos"] = SignedIn,
        ["GET /api/v1/me/requests/{id:int}/photos/{fileId}"] = SignedIn,
        ["GET /api/v1/care/health/followups"] = CaseWorkers,
        ["GET /api/v1/care/health/{residentId:int}"] = CaseWorkers,
        ["POST /api/v1/care/health/{residentId:int}/consent"] = CaseWorkers,
        ["DELETE /api/v1/care/health/{residentId:int}/consent"] = CaseWorkers,
        ["PUT /api/v1/care/health/{residentId:int}/baseline"] = CaseWorkers,
        ["POST /api/v1/care/health/{residentId:int}/measurements"] = CaseWorkers,
        ["POST /api/v1/care/health/{residentId:int}/notes"] = CaseWorkers,
        ["GET /api/v1/care/clinics"] = CaseWorkers,
        ["GET /api/v1/care/home-services"] = CaseWorkers,
        ["POST /api/v1/care/home-services"] = CaseWorkers,
        ["GET /api/v1/care/pairings"] = CaseWorkers,
        ["POST /api/v1/care/pairings"] = CaseWorkers,
        ["POST /api/v1/care/pairings/{id:int}/contacts"] = CaseWorkers,
        ["POST /api/v1/care/pairings/{id:int}/end"] = CaseWorkers,
        ["GET /api/v1/care/clubs"] = CaseWorkers,
        ["POST /api/v1/care/clubs"] = CaseWorkers,
        ["GET /api/v1/care/clubs/{id:int}"] = CaseWorkers,
        ["POST /api/v1/care/clubs/{id:int}/members"] = CaseWorkers,
        ["DELETE /api/v1/care/clubs/{id:int}/members/{residentId:int}"] = CaseWorkers,
        ["POST /api/v1/care/clubs/{id:int}/sessions"] = CaseWorkers,
        ["POST /api/v1/care/clinics"] = CaseWorkers,
        ["GET /api/v1/care/clinics/{id:int}"] = CaseWorkers,
        ["POST /api/v1/care/clinics/{id:int}/measurements"] = CaseWorkers,
        ["GET /api/v1/renewal/projects"] = Staff,
        ["POST /api/v1/renewal/projects"] = RenewalRunners,
        ["GET /api/v1/renewal/projects/{id:int}"] = Staff,
        ["POST /api/v1/renewal/projects/{id:int}/next"] = RenewalRunners,
        ["POST /api/v1/renewal/projects/{id:int}/meetings"] = RenewalRunners,
        ["POST /api/v1/renewal/projects/{id:int}/sites"] = RenewalRunners,
        ["PUT /api/v1/renewal/projects/{id:int}/site"] = RenewalRunners,
        ["POST /api/v1/renewal/projects/{id:int}/options"] = RenewalRunners,
        ["POST /api/v1/renewal/projects/{id:int}/poll"] = RenewalRunners,
        ["PUT /api/v1/renewal/projects/{id:int}/option"] = RenewalRunners,
        ["POST /api/v1/renewal/projects/{id:int}/items"] = RenewalRunners,
        ["POST /api/v1/renewal/projects/{id:int}/quotes"] = RenewalRunners,
        ["PUT /api/v1/renewal/projects/{id:int}/quote"] = RenewalRunners,
        ["GET /api/v1/renewal/projects/{id:int}/quotes.xlsx"] = Staff,
        ["POST /api/v1/renewal/projects/{id:int}/photos"] = RenewalRunners,
        ["GET /api/v1/renewal/projects/{id:int}/photos/{photoId:int}"] = Staff,
        ["GET /api/v1/public/communities/{communityId:int}/renewal"] = Anyone,
        ["GET /api/v1/public/renewal/photos/{photoId:int}"] = Anyone,
        ["POST /api/v1/contests"] = FrontLine,
        ["GET /api/v1/contests/{id:int}"] = CommunityPeople,
        ["GET /api/v1/contests/{id:int}/entries"] = CommunityPeople,
        ["POST /api/v1/contests/{id:int}/entries"] = FrontLine,
        ["POST /api/v1/contests/{id:int}/my-entry"] = [Resident],
        ["GET /api/v1/contests/{id:int}/entries/{entryId:int}"] = CommunityPeople,
        ["POST /api/v1/contests/{id:int}/entries/{entryId:int}/approve"] = FrontLine,
        ["POST /api/v1/contests/{id:int}/entries/{entryId:int}/reject"] = FrontLine,
        ["POST /api/v1/contests/{id:int}/entries/{entryId:int}/photos"] = [.. FrontLine, Resident],
        ["GET /api/v1/contests/{id:int}/entries/{entryId:int}/photos/{photoId:int}"] = CommunityPeople,
        ["GET /api/v1/contests/{id:int}/flags"] = FrontLine,
        ["POST /api/v1/contests/{id:int}/votes"] = [Resident],
        ["POST /api/v1/contests/{id:int}/onsite-votes"] = FrontLine,
        ["GET /api/v1/contests/{id:int}/ranking"] = CommunityPeople,
        ["GET /api/v1/contests/{id:int}/votes"] = FrontLine,
        ["POST /api/v1/contests/{id:int}/votes/{voteId:int}/remove"] = FrontLine,
        ["GET /api/v1/contests/{id:int}/removals"] = CommunityPeople,
        ["POST /api/v1/surveys"] = FrontLine,
        ["GET /api/v1/surveys"] = FrontLine,
        ["GET /api/v1/surveys/templates"] = FrontLine,
        ["POST /api/v1/surveys/templates/{key}/copy"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}"] = FrontLine,
        ["PUT /api/v1/surveys/{id:int}"] = FrontLine,
        ["POST /api/v1/surveys/{id:int}/copy"] = FrontLine,
        ["POST /api/v1/surveys/{id:int}/open"] = FrontLine,
        ["POST /api/v1/surveys/{id:int}/close"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}/results"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}/crosstab"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}/compare"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}/open-answers/{key}"] = FrontLine,
        ["POST /api/v1/surveys/{id:int}/themes"] = FrontLine,
        ["PUT /api/v1/surveys/{id:int}/answers/{answerId:long}/theme"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}/export.xlsx"] = FrontLine,
        ["GET /api/v1/surveys/{id:int}/summary.docx"] = FrontLine,
        ["POST /api/v1/surveys/{id:int}/needs"] = FrontLine,
        ["POST /api/v1/surveys/{id:int}/responses"] = SignedIn,
        ["GET /api/v1/public/surveys/{token}"] = Anyone,
        ["POST /api/v1/public/surveys/{token}/responses"] = Anyone,
        ["POST /api/v1/needs"] = FrontLine,
        ["GET /api/v1/needs"] = FrontLine,
        ["PUT /api/v1/needs/{id:int}"] = FrontLine,
        ["PUT /api/v1/needs/{id:int}/status"] = FrontLine,
        ["PUT /api/v1/needs/{id:int}/activities/{activityId:int}"] = FrontLine,
        ["DELETE /api/v1/needs/{id:int}/activities/{activityId:int}"] = FrontLine,
        ["GET /api/v1/partners"] = Staff,
        ["POST /api/v1/partners"] = GrantManagers,
        ["GET /api/v1/partners/{id:int}"] = Staff,
        ["POST /api/v1/partners/{id:int}/offers"] = GrantManagers,
        ["POST /api/v1/partners/{id:int}/accounts"] = GrantManagers,
        ["POST /api/v1/partners/{id:int}/contributions"] = FrontLine,
        ["POST /api/v1/partners/{id:int}/linkages"] = FrontLine,
        ["PUT /api/v1/partners/{id:int}/linkages/{linkageId:int}"] = FrontLine,
        ["GET /api/v1/grants/programs"] = GrantReaders,
        ["POST /api/v1/grants/programs"] = GrantManagers,
        ["GET /api/v1/grants/programs/{id:int}"] = GrantReaders,
        ["GET /api/v1/grants/programs/{id:int}/summary"] = GrantReaders,
        ["GET /api/v1/grants/programs/{id:int}/applications"] = GrantReaders,
        ["POST /api/v1/grants/programs/{id:int}/applications"] = Applicants,
        ["GET /api/v1/grants/programs/{id:int}/reports"] = GrantManagers,
        ["GET /api/v1/grants/applications/{id:int}"] = GrantReaders,
        ["POST /api/v1/grants/applications/{id:int}/endorsement"] = [Community],
        ["POST /api/v1/grants/applications/{id:int}/reviews"] = Reviewers,
        ["POST /api/v1/grants/applications/{id:int}/award"] = GrantManagers,
        ["GET /api/v1/grants/projects"] = GrantReaders,
        ["GET /api/v1/grants/projects/{id:int}"] = GrantReaders,
        ["GET /api/v1/grants/projects/{id:int}/indicators"] = GrantReaders,
        ["PUT /api/v1/grants/projects/{id:int}/indicators/{indicatorId:int}"] = GrantReporters,
        ["POST /api/v1/grants/projects/{id:int}/reports"] = GrantReporters,
        ["POST /api/v1/grants/projects/{id:int}/milestones/{milestoneId:int}/done"] = GrantReporters,
        ["POST /api/v1/grants/projects/{id:int}/expenditures"] = GrantReporters,
        ["GET /api/v1/grants/projects/{id:int}/expenditures"] = GrantReaders,
        ["GET /api/v1/stations"] = RegisterReaders,
        ["POST /api/v1/stations"] = FrontLine,
        ["GET /api/v1/stations/{id:int}"] = RegisterReaders,
        ["PUT /api/v1/stations/{id:int}"] = FrontLine,
        ["POST /api/v1/stations/{id:int}/rooms"] = FrontLine,
        ["POST /api/v1/stations/{id:int}/micro-projects"] = FrontLine,
        ["GET /api/v1/stations/figures"] = RegisterReaders,
        ["POST /api/v1/stations/ladder"] = FrontLine,
        ["POST /api/v1/stations/ladder/{id:int}/end"] = FrontLine,
        ["POST /api/v1/patrols"] = FrontLine,
        ["GET /api/v1/patrols"] = FrontLine,
        ["GET /api/v1/patrols/{id:int}"] = FrontLine,
        ["POST /api/v1/patrols/{id:int}/logs"] = FrontLine,
        ["POST /api/v1/patrols/{id:int}/end"] = FrontLine,
        ["GET /api/v1/dashboards/catalogue"] = RegisterReaders,
        ["GET /api/v1/dashboards/figures"] = RegisterReaders,
        ["GET /api/v1/dashboards/figures.xlsx"] = RegisterReaders,
        ["GET /api/v1/dashboards/report"] = RegisterReaders,
        ["POST /api/v1/dashboards/report/submit"] = RegionEditors,
        ["GET /api/v1/dashboards/targets"] = RegisterReaders,
        ["PUT /api/v1/dashboards/targets"] = RegionEditors,
        ["GET /api/v1/helper-tasks"] = FrontLine,
        ["POST /api/v1/helper-tasks"] = FrontLine,
        ["DELETE /api/v1/helper-tasks/{id:int}"] = FrontLine,
        ["POST /api/v1/helper-tasks/{id:int}/assignments"] = FrontLine,
        ["DELETE /api/v1/helper-tasks/{id:int}/assignments/{volunteerId:int}"] = FrontLine,
        ["GET /api/v1/volunteers/{id:int}/ability"] = Unmaskers,
        ["PUT /api/v1/volunteers/{id:int}/ability"] = Unmaskers,
        ["POST /api/v1/volunteers/recognition-rounds"] = FrontLine,
        ["GET /api/v1/volunteers/recognition-rounds"] = FrontLine,
        ["GET /api/v1/volunteers/recognition-rounds/{id:int}"] = FrontLine,
        ["POST /api/v1/volunteers/recognition-rounds/{id:int}/decide"] = FrontLine,
        ["POST /api/v1/volunteers/recognition-rounds/{id:int}/certificates"] = FrontLine,
        ["POST /api/v1/activities/templates"] = FrontLine,
        ["GET /api/v1/activities/templates"] = FrontLine,
        ["GET /api/v1/activities/templates/{id:int}"] = FrontLine,
        ["PUT /api/v1/activities/templates/{id:int}"] = FrontLine,
        ["POST /api/v1/activities/templates/{id:int}/archive"] = FrontLine,
        ["GET /api/v1/activities/{id:int}/plan"] = FrontLine,
        ["GET /api/v1/stewards"] = RegisterReaders,
        ["POST /api/v1/stewards"] = FrontLine,
        ["GET /api/v1/stewards/{id:int}/households"] = RegisterReaders,
        ["POST /api/v1/stewards/{id:int}/end"] = FrontLine,
        ["GET /api/v1/adoptions"] = RegisterReaders,
        ["POST /api/v1/adoptions"] = FrontLine,
        ["GET /api/v1/adoptions/{id:int}"] = RegisterReaders,
        ["POST /api/v1/adoptions/{id:int}/care"] = FrontLine,
        ["POST /api/v1/adoptions/{id:int}/care/{careId:int}/photo"] = FrontLine,
        ["GET /api/v1/adoptions/{id:int}/care/{careId:int}/photo"] = RegisterReaders,
        ["POST /api/v1/adoptions/{id:int}/end"] = FrontLine,
        ["GET /api/v1/stations/staff"] = RegisterReaders,
        ["POST /api/v1/stations/staff"] = FrontLine,
        ["GET /api/v1/stations/staff/{id:int}"] = RegisterReaders,
        ["GET /api/v1/stations/trainings"] = RegisterReaders,
        ["POST /api/v1/stations/trainings"] = FrontLine,
        ["GET /api/v1/stations/trainings/{id:int}"] = RegisterReaders,
        ["POST /api/v1/stations/trainings/{id:int}/attendance"] = FrontLine,
        ["POST /api/v1/stations/trainings/{id:int}/check-ins"] = FrontLine,
        ["POST /api/v1/stations/trainings/{id:int}/volunteers"] = FrontLine,
        ["PUT /api/v1/stations/staff/{id:int}/links"] = FrontLine,
        ["GET /api/v1/stations/queue"] = RegisterReaders,
        ["POST /api/v1/stations/supervision"] = FrontLine,
        ["GET /api/v1/consultations"] = RegisterReaders,
        ["POST /api/v1/consultations"] = FrontLine,
        ["GET /api/v1/consultations/{id:int}"] = RegisterReaders,
        ["POST /api/v1/consultations/{id:int}/answers"] = FrontLine,
        ["GET /api/v1/consultations/{id:int}/result"] = RegisterReaders,
        ["POST /api/v1/consultations/{id:int}/close"] = FrontLine,
        ["POST /api/v1/consultations/{id:int}/notice"] = FrontLine,
        ["POST /api/v1/grants/projects/{id:int}/expenditures/{expenditureId:int}/voucher"] = GrantReporters,
        ["GET /api/v1/grants/projects/{id:int}/expenditures/{expenditureId:int}/voucher"] = GrantReaders,
        ["GET /api/v1/grants/projects/{id:int}/budget-changes"] = GrantReaders,
        ["GET /api/v1/grants/projects/{id:int}/evaluation"] = GrantReaders,
        ["POST /api/v1/grants/projects/{id:int}/activity-evaluations"] = GrantReporters,
        ["POST /api/v1/grants/projects/{id:int}/final-evaluation"] = GrantEvaluators,
        ["POST /api/v1/grants/projects/{id:int}/budget-changes"] = GrantReporters,
        ["POST /api/v1/grants/budget-changes/{id:int}/decision"] = GrantManagers,
        ["GET /api/v1/grants/projects/{id:int}/case"] = GrantReaders,
        ["PUT /api/v1/grants/projects/{id:int}/case"] = GrantReporters,
        ["POST /api/v1/grants/projects/{id:int}/case/photos"] = GrantReporters,
        ["GET /api/v1/grants/projects/{id:int}/case/photos/{photoId:int}"] = GrantReaders,
        ["PUT /api/v1/grants/projects/{id:int}/case/selection"] = GrantManagers,
        ["GET /api/v1/grants/programs/{id:int}/casebook"] = GrantReaders,
        ["GET /api/v1/grants/programs/{id:int}/casebook.docx"] = GrantReaders,
        ["GET /api/v1/grants/projects/{id:int}/reviews"] = GrantReaders,
        ["POST /api/v1/grants/projects/{id:int}/reviews"] = GrantManagers,
        ["POST /api/v1/grants/projects/{id:int}/rectifications/{itemId:int}/done"] = GrantReporters,
        ["GET /api/v1/grants/projects/{id:int}/agreement"] = GrantReaders,
        ["PUT /api/v1/grants/projects/{id:int}/agreement"] = GrantManagers,
        ["POST /api/v1/grants/tranches/{id:int}/payment"] = GrantManagers,
        ["GET /api/v1/grants/programs/{id:int}/notices"] = GrantReaders,
        ["POST /api/v1/grants/programs/{id:int}/notices"] = GrantManagers,
        ["POST /api/v1/grants/notices/{id:int}/objections"] = SignedIn,
        ["GET /api/v1/grants/notices/{id:int}/objections"] = GrantManagers,
        ["POST /api/v1/grants/objections/{id:int}/answer"] = GrantManagers,
        ["GET /api/v1/public/grants/notices/{id:int}"] = Anyone,
        ["GET /api/v1/grants/reports/{id:int}"] = GrantReaders,
        ["PUT /api/v1/grants/reports/{id:int}"] = GrantReporters,
        ["POST /api/v1/grants/reports/{id:int}/review"] = GrantManagers,
    };

    [Fact]
    public async Task Every_role_reaches_what_the_matrix_allows_and_is_refused_the_rest()
    {
        var endpoints = ApiEndpoints();
        var unlisted = endpoints.Where(e => !Matrix.ContainsKey(e.Key)).Select(e => $"[\"{e.Key}\"] = {e.Policy},").ToList();
        var gone = Matrix.Keys.Where(k => endpoints.All(e => e.Key != k)).ToList();
        Assert.True(unlisted.Count == 0 && gone.Count == 0,
            $"Endpoints the matrix does not list (state who may call them):\n{string.Join('\n', unlisted)}\nListed but gone:\n{string.Join('\n', gone)}");

        var clients = await ClientsAsync();
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var (role, client) in clients)
            {
                var status = await CallAsync(client, endpoint);
                var allowed = Matrix[endpoint.Key].Contains(role);
                var expected = allowed ? "not 401, 403 or 5xx" : role == Nobody ? "401" : "403";
                var ok = allowed ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500
                    : status == (role == Nobody ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
                if (!ok) wrong.Add($"{endpoint.Key} as {role}: {(int)status}, expected {expected}");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} calls disagree with the matrix:\n{string.Join('\n', wrong)}");
    }

    private sealed record Endpoint(string Key, string Method, string Route, string Policy, bool TakesForm);

    private List<Endpoint> ApiEndpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
            {
                var route = "/" + e.RoutePattern.RawText!.Trim('/');
                // What the code says today, printed for an endpoint the matrix does not list yet.
                var policy = e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "Anyone"
                    : string.Join('+', e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? a.Roles ?? "SignedIn")
                        .Concat(e.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Select(_ => "inline")));
                var takesForm = e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
                return new Endpoint($"{method} {route}", method, route, policy.Length == 0 ? "none" : policy, takesForm);
            }))
            .DistinctBy(e => e.Key)];

    /// <summary>Route values that match nothing (ids 999999): a call proves who gets past the door, and changes no record.</summary>
    private static async Task<HttpStatusCode> CallAsync(HttpClient client, Endpoint endpoint)
    {
        var path = RouteValue().Replace(endpoint.Route, m => m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains(":long", StringComparison.Ordinal)
            ? "999999" : "none");
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
            request.Content = endpoint.TakesForm ? new MultipartFormDataContent() : new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();

    /// <summary>One account of each role in community A (district and street officers at their level), and an anonymous client.</summary>
    private async Task<List<(string Role, HttpClient Client)>> ClientsAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var clients = new List<(string, HttpClient)> { (Nobody, factory.CreateClient()), (Admin, admin), (Community, staff) };
        foreach (var (role, region) in new[] { (District, tree.District), (Street, tree.Street), (SocialWorker, tree.CommunityA), (GroupLeader, tree.CommunityA) })
        {
            var userName = $"{role.ToLowerInvariant()}{tag}";
            await TestTree.CreateUserAsync(admin, userName, role, region);
            clients.Add((role, await factory.ClientForAsync(userName, TestTree.Password)));
        }
        var resident = await (await staff.PostAsJsonAsync("/api/v1/residents", new
        {
            unitId = tree.UnitA, name = "矩阵居民", gender = "Female", birthDate = "1970-03-08", relationToHead = "户主",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var residentUser = $"resident{tag}";
        (await staff.PostAsJsonAsync($"/api/v1/residents/{resident.GetProperty("id").GetInt32()}/account",
            new { userName = residentUser, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        clients.Add((Resident, await factory.ClientForAsync(residentUser, "Resident-pass-2026")));
        var organizationUser = $"organization{tag}";
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName = organizationUser, password = TestTree.Password, displayName = organizationUser,
            roles = new[] { Organization }, regionIds = Array.Empty<int>() })).EnsureSuccessStatusCode();
        clients.Add((Organization, await factory.ClientForAsync(organizationUser, TestTree.Password)));
        var evaluatorUser = $"evaluator{tag}";
        await TestTree.CreateUserAsync(admin, evaluatorUser, Evaluator, tree.District);
        clients.Add((Evaluator, await factory.ClientForAsync(evaluatorUser, TestTree.Password)));
        return clients;
    }
}
