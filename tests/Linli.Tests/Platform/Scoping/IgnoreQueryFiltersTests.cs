using System.Text.RegularExpressions;
using Linli.Tests.Platform.Localization;

namespace Linli.Tests.Platform.Scoping;

/// <summary>
/// Reading past the scope is the rare, listed exception (docs/decisions/0002-scoping.md). Each file that does it is
/// named here with how many times and why; a new use, or one more in a listed file, fails until it is listed with
/// its reason. A use taken away fails too, so that the list stays exact and shrinks.
/// </summary>
public sealed partial class IgnoreQueryFiltersTests
{
    private static readonly Dictionary<string, (int Uses, string Why)> Listed = new()
    {
        // What the scope is made from, and the system's own bookkeeping.
        ["Platform/Scoping/ScopeMiddleware.cs"] = (3, "reads a staff member's region assignments to build the scope itself"),
        ["Modules/Residents/SelfService/ResidentScopeSource.cs"] = (3, "reads a resident's account link and wards to build the scope itself"),
        ["Modules/Partners/OrganizationScopeSource.cs"] = (1, "reads the organizations a social organization's account works for, and where they were registered, to build the scope itself"),
        ["Platform/Privacy/Reencryptor.cs"] = (1, "re-encrypts every row with the new key, as the system"),
        ["Platform/Regions/RegionsService.cs"] = (4, "region codes are unique under a parent whoever can see the siblings; the names of the scope's own communities (one above a compound assignment is hidden by the region filter)"),
        // Rules over everyone's records, which the caller's own view does not show.
        ["Modules/ReadingRoom/CirculationService.cs"] = (6, "a copy's open loan and a title's waiting list are facts about every reader (held for another, someone waiting, next in line, on the shelf)"),
        ["Modules/Residents/SelfService/SelfServiceService.cs"] = (4, "a person finds their own register entry by the account link whatever their scope; one account per entry; living alone counts the whole household"),
        ["Modules/Residents/SelfService/ResidentNotifier.cs"] = (3, "telling a resident or their guardian, whoever acted (a return hands the book to the next reader)"),
        ["Modules/Residents/ResidentPlacement.cs"] = (2, "a community's region row, read past the region filter: staff assigned below community level work for the community above"),
        ["Modules/Residents/ResidentsService.cs"] = (2, "the communities a staff member works for come from the scope's list, not the region filter (an assignment to a compound)"),
        ["Modules/Residents/ResidentDirectory.cs"] = (5, "the masked name a public certificate check shows to anyone; borrowers' birth dates for a community's reading figures in age bands (no one named); the households of a grant project's participants, counted; the households behind a building steward's own doors, by flat (no one named)"),
        ["Modules/Stewards/StewardDesk.cs"] = (5, "a building steward is a resident, whose scope shows no community record: their own open terms, the consultations open at their places, the places' flats and which doors have answered are read for them, bounded by the term"),
        ["Modules/Residents/ResidentSearch.cs"] = (1, "whether a resident carries a tag (an activity's eligibility), for a resident acting in the portal"),
        ["Modules/Residents/ResidentViewBuilder.cs"] = (2, "unit labels come from the region tree above the caller's assignment"),
        ["Modules/Activities/Attendance/AttendanceTallies.cs"] = (3, "tallies are recounted for every resident, as the system"),
        ["Modules/Activities/ActivityReminders.cs"] = (3, "the hourly job reminds everyone signed up, as the system"),
        ["Modules/ReadingRoom/OverdueReminders.cs"] = (2, "the daily job reminds every overdue reader, as the system"),
        ["Modules/Points/Ledger.cs"] = (3, "the community's own points account and idempotency keys belong to no resident; balances move by conditional update"),
        // Grant projects: the grants module decides who sees a project; what is counted for it is never a person.
        ["Modules/Activities/ActivityDirectory.cs"] = (5, "a grant project's held activities, check-ins and ratings, counted (services, person-times, distinct people and their ids for households reached, mean rating) and listed by title for whoever sees the project: an organization's account and an evaluator see no community's activities"),
        ["Modules/Volunteers/VolunteerFigures.cs"] = (1, "the volunteers and hours of a grant project's activities, counted for whoever sees the project (an organization's account sees no community)"),
        ["Modules/Care/Health/HealthFigures.cs"] = (2, "the health records measured at a grant project's free clinics, counted for whoever sees the project; no reading leaves"),
        ["Modules/Grants/Shortlist/ShortlistService.cs"] = (1, "a shortlist notice is public: anyone reads it, and any signed-in account may object to it while it runs"),
        ["Modules/Contests/ProjectContests.cs"] = (2, "the contests run in a grant project and their approved entries, counted for whoever sees the project (an organization's account sees no community)"),
        ["Modules/Deliberation/ProjectMeetings.cs"] = (2, "the meetings held in a grant project and their resolutions, titled and counted for whoever sees the project (an organization's account sees no community)"),
        ["Modules/Surveys/ProjectSurveys.cs"] = (2, "the surveys made for a grant project and their responses, counted for whoever sees the project (an organization's account sees no community)"),
        ["Modules/Grants/Projects/ProjectsService.cs"] = (1, "the report day of the program a community's running project belongs to, for its overdue reports"),
        ["Modules/Grants/Projects/ReportsService.cs"] = (1, "the report day of the program the reported project belongs to, for the report's due date"),
        ["Modules/Grants/Programs/ProgramsService.cs"] = (1, "the names of the communities in a program's region for the application form (an organization's account sees no region)"),
        ["Modules/Grants/Applications/ApplicationsService.cs"] = (1, "whether the community an organization applies with lies in the program's region (yes or no; an organization's account sees no region)"),
        // Anonymous pages: what a poster or a shared link shows to anyone, by design.
        ["Modules/Activities/ActivityCalendar.cs"] = (2, "the public iCalendar feed of a community's published activities"),
        ["Modules/Activities/Records/RecordsService.cs"] = (10, "the public record page: the activity, its community's name, the published record, consented photos, person-times, satisfaction and the next date"),
        ["Modules/Surveys/ResponsesService.cs"] = (8, "a survey by its public link and anonymous answers to it (a retried answer found by its client key); once per household counts the other members' answers; a unit's compound from the region tree for the figures, and whether it lies in a survey's target place"),
        ["Modules/Assemblies/AssemblyPublication.cs"] = (3, "an owners' assembly's published result for the compound's notice board: the signed result, the assembly's title and window, the compound's name; no voter"),
        ["Modules/Contests/ContestsService.cs"] = (6, "an approved contest entry's public page shared by link: its view count, text, photos and the contest's title and closing time; no household, no voter"),
        ["Modules/Assemblies/BallotPapers.cs"] = (1, "a ballot's receipt checked by whoever holds it: in the count or not, channel and time; never whose or how"),
        ["Modules/Assemblies/OwnBallots.cs"] = (2, "an owner's own places on frozen rolls (found by their register entry) and their own ballots' receipts"),
        ["Modules/Disclosure/LedgersService.cs"] = (6, "a community's published ledger entries for anyone (payers masked) and the chain head; the whole chain recomputed for the public check, which says only valid or where it breaks"),
        ["Modules/MicroRenewal/RenewalService.cs"] = (4, "a community's micro-renewals for anyone: steps, meetings, sites, designs with their frozen counts, plan, quotes (companies), photos; the place's name from the region tree"),
        ["Modules/Disclosure/WorksService.cs"] = (3, "a community's works for anyone: budget and source, the bids (companies), the choice and saving, progress, acceptance"),
        ["Modules/Disclosure/NoticesService.cs"] = (1, "a community's notice board for anyone: notices on display, and the archive of everything published (withdrawn ones marked)"),
        ["Modules/Care/Requests/RequestFiguresService.cs"] = (2, "the request line's public figures: the community's name, and each request's category, times and stars (no text, place or person)"),
        ["Modules/Disclosure/StatementsService.cs"] = (2, "a ledger's published statements for anyone (period, opening, income and expense by category, closing)"),
        ["Modules/Deliberation/ResolutionsService.cs"] = (3, "a community's published resolutions and their action items for anyone (title, status, percent, due date; who is responsible is left out)"),
        ["Modules/Deliberation/QuestionsService.cs"] = (2, "a topic's attention: the distinct residents supporting its questions, counted (a resident's scope holds only their own supports; nobody is shown)"),
        ["Modules/Contests/ContestVoting.cs"] = (2, "a contest's removed votes, listed for everyone beside the ranking (entry, day, reason; whose vote is not shown); the day's votes from one phone and one network address, counted for the limits (no one shown)"),
        ["Modules/Volunteers/VolunteersService.cs"] = (5, "the public certificate check; the volunteer's own certificate document (certificates are staff records); the community's name on records, certificates and awards, from the region tree (a compound's staff do not see the community)"),
        // Facts about everyone that one resident's action depends on (no one else is shown).
        ["Modules/Activities/ActivitiesService.cs"] = (5, "an activity's waitlist, pending, helper, check-in and rating counts over every sign-up; a cancellation hands the seat to the next in line, whoever they are"),
        ["Modules/Activities/Spaces/SpacesService.cs"] = (2, "when a room is taken (no one named) for the portal's free times; the live booking in the way of an overlap"),
        ["Modules/Points/ExchangeService.cs"] = (2, "a cancelled redemption's payment: its transaction and the community's redeemed account (the community's book, no resident's)"),
        ["Modules/Points/PointsService.cs"] = (1, "a resident's history names each line's kind and reason from the community's transaction book"),
        // A volunteer's own records: the volunteer row is found through the resident scope; the records keyed by it are staff records otherwise.
        ["Modules/Volunteers/VolunteerProfiles.cs"] = (2, "a volunteer's own services, trainings, awards, evaluations, corrections and certificates"),
        ["Modules/Volunteers/VolunteerRecordsService.cs"] = (1, "the service a volunteer asks to correct is one of their own"),
        // Region names above the caller's assignment.
        ["Platform/Identity/StaffDirectory.cs"] = (3, "who works for a community (a group's leader, a case's supervisor): staff assignments and the regions above and below the community, whatever the caller's own assignment"),
    };

    [Fact]
    public void Reading_past_the_scope_happens_only_where_listed()
    {
        var source = Path.Combine(TextsTests.RepositoryRoot(), "src", "Linli.Web");
        var found = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(f => (File: f, Uses: Use().Count(File.ReadAllText(Path.Combine(source, f)))))
            .Where(f => f.Uses > 0)
            .ToDictionary(f => f.File, f => f.Uses);

        var wrong = found.Where(f => !Listed.TryGetValue(f.Key, out var listed) || listed.Uses != f.Value)
            .Select(f => $"{f.Key}: {f.Value} use(s), listed {(Listed.TryGetValue(f.Key, out var l) ? l.Uses : 0)}")
            .Concat(Listed.Keys.Except(found.Keys).Select(f => $"{f}: listed but no longer used"))
            .ToList();
        Assert.True(wrong.Count == 0, "IgnoreQueryFilters outside the list (add the reason, or take the list's entry away):\n" + string.Join("\n", wrong));
    }

    [GeneratedRegex(@"\.IgnoreQueryFilters\(")]
    private static partial Regex Use();
}
