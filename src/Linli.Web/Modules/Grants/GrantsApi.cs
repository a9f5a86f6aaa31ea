using System.Security.Claims;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Evaluation;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Grants;

/// <summary>/api/v1/grants: programs, applications and their review, awards, projects with their figures, monthly reports.</summary>
public static class GrantsApi
{
    public static void MapGrantsApi(this IEndpointRouteBuilder app)
    {
        var programs = app.MapGroup("/api/v1/grants/programs").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        programs.MapGet("/", ListPrograms);
        programs.MapPost("/", CreateProgram).Validate<NewProgram>().RequireAuthorization(GrantsPolicies.Manage);
        programs.MapGet("/{id:int}", ReadProgram);
        programs.MapGet("/{id:int}/summary", Summary);
        programs.MapGet("/{id:int}/applications", Ranking);
        programs.MapPost("/{id:int}/applications", Apply).Validate<NewApplication>().RequireAuthorization(GrantsPolicies.Apply);
        programs.MapGet("/{id:int}/reports", WaitingReports).RequireAuthorization(GrantsPolicies.Manage);

        var applications = app.MapGroup("/api/v1/grants/applications").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        applications.MapGet("/{id:int}", ReadApplication);
        applications.MapPost("/{id:int}/endorsement", Endorse).Validate<Endorsement>().RequireAuthorization(GrantsPolicies.Endorse);
        applications.MapPost("/{id:int}/reviews", Review).Validate<NewReview>().RequireAuthorization(GrantsPolicies.Review);
        applications.MapPost("/{id:int}/award", Award).Validate<NewAward>().RequireAuthorization(GrantsPolicies.Manage);

        var projects = app.MapGroup("/api/v1/grants/projects").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        projects.MapGet("/", ListProjects);
        projects.MapGet("/{id:int}", ReadProject);
        projects.MapGet("/{id:int}/indicators", Indicators);
        projects.MapPut("/{id:int}/indicators/{indicatorId:int}", Evidence).Validate<IndicatorEvidence>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapPost("/{id:int}/reports", SubmitReport).Validate<NewReport>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapPost("/{id:int}/milestones/{milestoneId:int}/done", CompleteMilestone).Validate<MilestoneDone>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapPost("/{id:int}/expenditures", Spend).Validate<NewExpenditure>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapGet("/{id:int}/budget-changes", BudgetChanges);
        projects.MapPost("/{id:int}/budget-changes", RequestChange).Validate<NewBudgetChange>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapGet("/{id:int}/evaluation", Evaluation);
        projects.MapPost("/{id:int}/activity-evaluations", EvaluateActivity).Validate<NewActivityEvaluation>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapPost("/{id:int}/final-evaluation", FinalEvaluation).Validate<NewFinalEvaluation>().RequireAuthorization(GrantsPolicies.Evaluate);
        app.MapPost("/api/v1/grants/budget-changes/{id:int}/decision", DecideChange).WithTags("Grants").Validate<ChangeDecision>().RequireAuthorization(GrantsPolicies.Manage);

        var reports = app.MapGroup("/api/v1/grants/reports").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        reports.MapGet("/{id:int}", ReadReport);
        reports.MapPut("/{id:int}", Resubmit).Validate<NewReport>().RequireAuthorization(GrantsPolicies.Report);
        reports.MapPost("/{id:int}/review", ReviewReport).Validate<ReportReview>().RequireAuthorization(GrantsPolicies.Manage);
    }

    private static async Task<Ok<IReadOnlyList<ProgramLine>>> ListPrograms(ProgramsService programs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await programs.ListAsync(cancellationToken));

    private static async Task<Created<GrantCreated>> CreateProgram(NewProgram request, ProgramsService programs, CancellationToken cancellationToken)
    {
        var id = await programs.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/grants/programs/{id}", new GrantCreated(id));
    }

    private static async Task<Ok<ProgramView>> ReadProgram(int id, ProgramsService programs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await programs.ReadAsync(id, cancellationToken));

    private static async Task<Ok<ProgramSummary>> Summary(int id, ProgramSummaries summaries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await summaries.SummaryAsync(id, cancellationToken));

    /// <summary>The ranking for those who review; an organization sees its own applications, without scores.</summary>
    private static async Task<Ok<IReadOnlyList<ApplicationLine>>> Ranking(int id, ProgramsService programs, ApplicationsQueries queries, ClaimsPrincipal user,
        Microsoft.AspNetCore.Authorization.IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        await programs.FindAsync(id, cancellationToken);
        var lines = await queries.RankingAsync(id, cancellationToken);
        return TypedResults.Ok(await authorization.AllowsAsync(user, GrantsPolicies.Review) ? lines
            : (IReadOnlyList<ApplicationLine>)[.. lines.Select(l => l with { Reviews = 0, Conflicts = 0, MeanScore = null, Normalized = null, Rank = null })]);
    }

    private static async Task<Created<GrantCreated>> Apply(int id, NewApplication request, ApplicationsService applications, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var applicationId = await applications.ApplyAsync(id, request, user, cancellationToken);
        return TypedResults.Created($"/api/v1/grants/applications/{applicationId}", new GrantCreated(applicationId));
    }

    private static async Task<Ok<IReadOnlyList<ReportLine>>> WaitingReports(int id, ProgramsService programs, ReportsService reports, CancellationToken cancellationToken)
    {
        programs.EnsureManages(await programs.FindAsync(id, cancellationToken));
        return TypedResults.Ok(await reports.WaitingAsync(id, cancellationToken));
    }

    private static async Task<Ok<ApplicationView>> ReadApplication(int id, ApplicationsQueries queries, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ReadAsync(id, user, cancellationToken));

    private static async Task<NoContent> Endorse(int id, Endorsement request, ApplicationsService applications, CancellationToken cancellationToken)
    {
        await applications.EndorseAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<GrantCreated>> Review(int id, NewReview request, ApplicationsService applications, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/applications/{id}", new GrantCreated(await applications.ReviewAsync(id, request, user, cancellationToken)));

    private static async Task<Created<AwardCreated>> Award(int id, NewAward request, ApplicationsService applications, CancellationToken cancellationToken)
    {
        var projectId = await applications.AwardAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/grants/projects/{projectId}", new AwardCreated(projectId));
    }

    private static async Task<Ok<IReadOnlyList<ProjectLine>>> ListProjects(int? programId, int? communityId, ProjectsService projects, CancellationToken cancellationToken) =>
        TypedResults.Ok(await projects.ListAsync(programId, communityId, cancellationToken));

    private static async Task<Ok<ProjectView>> ReadProject(int id, ProjectsService projects, CancellationToken cancellationToken) =>
        TypedResults.Ok(await projects.ReadAsync(id, cancellationToken));

    private static async Task<Ok<ProjectIndicators>> Indicators(int id, ProjectsService projects, CancellationToken cancellationToken) =>
        TypedResults.Ok(await projects.IndicatorsAsync(id, cancellationToken));

    private static async Task<Ok<TargetView>> Evidence(int id, int indicatorId, IndicatorEvidence request, ProjectsService projects, CancellationToken cancellationToken) =>
        TypedResults.Ok(await projects.EvidenceAsync(id, indicatorId, request, cancellationToken));

    private static async Task<Created<ReportCreated>> SubmitReport(int id, NewReport request, ReportsService reports, CancellationToken cancellationToken)
    {
        var created = await reports.SubmitAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/grants/reports/{created.Id}", created);
    }

    private static async Task<Ok<MilestoneView>> CompleteMilestone(int id, int milestoneId, MilestoneDone request, ProjectsService projects,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await projects.CompleteMilestoneAsync(id, milestoneId, request, cancellationToken));

    private static async Task<Created<GrantCreated>> Spend(int id, NewExpenditure request, ProjectsService projects, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/projects/{id}", new GrantCreated(await projects.SpendAsync(id, request, cancellationToken)));

    private static async Task<Ok<EvaluationView>> Evaluation(int id, EvaluationService evaluations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await evaluations.ReadAsync(id, cancellationToken));

    private static async Task<Created<GrantCreated>> EvaluateActivity(int id, NewActivityEvaluation request, EvaluationService evaluations, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/projects/{id}/evaluation", new GrantCreated(await evaluations.EvaluateActivityAsync(id, request, cancellationToken)));

    private static async Task<Created<GrantCreated>> FinalEvaluation(int id, NewFinalEvaluation request, EvaluationService evaluations, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/projects/{id}/evaluation", new GrantCreated(await evaluations.FinishAsync(id, request, cancellationToken)));

    private static async Task<Ok<IReadOnlyList<BudgetChangeView>>> BudgetChanges(int id, BudgetChangesService changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ListAsync(id, cancellationToken));

    private static async Task<Created<GrantCreated>> RequestChange(int id, NewBudgetChange request, BudgetChangesService changes, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/projects/{id}/budget-changes", new GrantCreated(await changes.RequestAsync(id, request, cancellationToken)));

    private static async Task<Ok<BudgetChangeView>> DecideChange(int id, ChangeDecision request, BudgetChangesService changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.DecideAsync(id, request, cancellationToken));

    private static async Task<Ok<ReportView>> ReadReport(int id, ReportsService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.ReadAsync(id, cancellationToken));

    private static async Task<Ok<ReportCreated>> Resubmit(int id, NewReport request, ReportsService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.ResubmitAsync(id, request, cancellationToken));

    private static async Task<Ok<ReportLine>> ReviewReport(int id, ReportReview request, ReportsService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.ReviewAsync(id, request, cancellationToken));
}

/// <summary>The OpenAPI summaries of the grants module (<see cref="ApiSummaries"/>).</summary>
public static class GrantsApiSummaries
{
    public static readonly ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/grants/programs"] = "Grant programs of your region and above it, with budget, awarded, applications and projects",
        ["POST /api/v1/grants/programs"] = "Set up a program for a district or street: budget (yuan), categories with optional caps, calendar, report day",
        ["GET /api/v1/grants/programs/{id}"] = "A program: categories with caps and awarded sums, calendar",
        ["GET /api/v1/grants/programs/{id}/summary"] = "The program's figures over the projects you see: projects, communities, awarded, spent, services and person-times from the activities held, late milestones and reports",
        ["GET /api/v1/grants/programs/{id}/applications"] = "The applications ranked by normalised score (an organization sees its own, without scores)",
        ["POST /api/v1/grants/programs/{id}/applications"] = "Apply jointly: organization, community, category, requested (yuan), indicators with targets, budget lines, milestones",
        ["GET /api/v1/grants/programs/{id}/reports"] = "Monthly reports waiting for the program's officers",
        ["GET /api/v1/grants/applications/{id}"] = "An application in full; reviews for staff only",
        ["POST /api/v1/grants/applications/{id}/endorsement"] = "The community endorses an organization's application (or refuses, with a reason)",
        ["POST /api/v1/grants/applications/{id}/reviews"] = "A reviewer's score (0–100) or declared conflict of interest; never by the applying organization's own people",
        ["POST /api/v1/grants/applications/{id}/award"] = "Award: amount (yuan, at most requested), period; refused beyond the program's budget or the category's cap (the database decides)",
        ["GET /api/v1/grants/projects"] = "Projects you see (of a program; of a community) with services and person-times from their activities",
        ["GET /api/v1/grants/projects/{id}"] = "A project: indicators, milestones, budget lines and spending, monthly reports, partners' contributions",
        ["GET /api/v1/grants/projects/{id}/indicators"] = "Services, person-times and people from the activities held in the project, each promised target's attainment, the participation rate",
        ["PUT /api/v1/grants/projects/{id}/indicators/{indicatorId}"] = "The value of a custom indicator with its evidence (shown as evidenced, never as computed)",
        ["POST /api/v1/grants/projects/{id}/reports"] = "Submit a month's report: the figures are filled from that month's records; the narrative is yours",
        ["POST /api/v1/grants/projects/{id}/milestones/{milestoneId}/done"] = "A milestone reached, with its evidence; late if after its day",
        ["POST /api/v1/grants/projects/{id}/expenditures"] = "Money spent on a budget line; refused beyond the line",
        ["GET /api/v1/grants/projects/{id}/evaluation"] = "The three levels of evaluation: each held activity's scores and the coverage, the stages from reports and milestones, the final evaluation with the participation rate computed from the check-ins",
        ["POST /api/v1/grants/projects/{id}/activity-evaluations"] = "Score a held activity of the project right after it: feasibility, effect, satisfaction (1–5), a note; once per activity",
        ["POST /api/v1/grants/projects/{id}/final-evaluation"] = "A third-party evaluator's final evaluation: questionnaire respondents, satisfaction and influence (0–100), findings; once per project",
        ["GET /api/v1/grants/projects/{id}/budget-changes"] = "The project's budget changes, waiting or decided",
        ["POST /api/v1/grants/projects/{id}/budget-changes"] = "Ask to move money (yuan) from one budget line to another, with the reason; never more than the line has left unspent",
        ["POST /api/v1/grants/budget-changes/{id}/decision"] = "The program's officers approve a budget change (both lines move at once, the line given up never below its spending) or refuse it with a comment",
        ["GET /api/v1/grants/projects/{id}/case"] = "The project's case for the book of outstanding cases: background, approach, process, outcomes, reflection, story (with consent), photos",
        ["PUT /api/v1/grants/projects/{id}/case"] = "Write the case's sections; a story about people needs a note of their consent",
        ["GET /api/v1/grants/projects/{id}/expenditures"] = "The project's payments, latest first: budget line, amount, day, payee, whether its voucher is attached",
        ["POST /api/v1/grants/projects/{id}/expenditures/{expenditureId}/voucher"] = "Attach a payment's voucher (凭证: a receipt's photo or PDF, form field file); once",
        ["GET /api/v1/grants/projects/{id}/expenditures/{expenditureId}/voucher"] = "A payment's voucher",
        ["POST /api/v1/grants/projects/{id}/case/photos"] = "Add a photo to the case (JPEG or PNG, with a caption; at most six)",
        ["GET /api/v1/grants/projects/{id}/case/photos/{photoId}"] = "A photo of the case",
        ["PUT /api/v1/grants/projects/{id}/case/selection"] = "The program's officers put the case in the book, or take it out",
        ["GET /api/v1/grants/programs/{id}/casebook"] = "The cases chosen for the program's book, by category",
        ["GET /api/v1/grants/programs/{id}/casebook.docx"] = "The book of outstanding cases as Word: cover, contents, each case with its figures from the records, page numbers",
        ["GET /api/v1/grants/projects/{id}/reviews"] = "The project's mid-term and closing reviews: findings, conclusion, rectification items and whether each is done or late",
        ["POST /api/v1/grants/projects/{id}/reviews"] = "The program's officers review a stage (Midterm, Closing): findings, conclusion (Pass, Rectify with items, Fail); a passed closing review closes the project",
        ["POST /api/v1/grants/projects/{id}/rectifications/{itemId}/done"] = "A rectification item done, with its evidence; late if after its day",
        ["GET /api/v1/grants/projects/{id}/agreement"] = "The funding agreement: number, signing day, tranches with their conditions, released or not, paid or not",
        ["PUT /api/v1/grants/projects/{id}/agreement"] = "The program's officers set the agreement and its tranches (adding up to the award), each released by a milestone or a stage's review; until the first payment",
        ["POST /api/v1/grants/tranches/{id}/payment"] = "Pay a tranche: in order, once its milestone is reached or its stage's review passed; once",
        ["GET /api/v1/grants/programs/{id}/notices"] = "The program's shortlist notices, latest first",
        ["POST /api/v1/grants/programs/{id}/notices"] = "Publish a shortlist: endorsed, scored applications with the amounts proposed; objections for 5–30 days from today",
        ["GET /api/v1/public/grants/notices/{id}"] = "A shortlist notice for anyone: program, objection period, each application with organization, community, category and amount",
        ["POST /api/v1/grants/notices/{id}/objections"] = "Object to a shortlist (or one application on it) while it runs, with a way to answer you; any signed-in account",
        ["GET /api/v1/grants/notices/{id}/objections"] = "The objections to a notice, with the objectors' contacts, for the program's officers",
        ["POST /api/v1/grants/objections/{id}/answer"] = "The program's officers answer an objection, upholding it (the application is not awarded) or not; once",
        ["GET /api/v1/grants/reports/{id}"] = "A monthly report with what the records say today beside what was submitted",
        ["PUT /api/v1/grants/reports/{id}"] = "Send a returned report again with a new narrative (figures taken again)",
        ["POST /api/v1/grants/reports/{id}/review"] = "The program's officers accept a report or return it with a comment",
    }, new Dictionary<string, string>
    {
        ["Grants"] = "Micro-grant programs (公益创投): applications, review, the shortlist's public notice, awards within the budget, projects whose figures come from the records of the work, monthly reports pre-filled from them, agreements paid in tranches, mid-term and closing reviews",
    });
}
