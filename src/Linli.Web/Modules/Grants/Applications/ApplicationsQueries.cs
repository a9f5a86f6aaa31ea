using System.Security.Claims;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Modules.Partners;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Applications;

/// <summary>A program's applications ranked by their normalised scores, and one application in full.</summary>
public sealed class ApplicationsQueries(LinliDb db, PartnerDirectory partners, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApplicationLine>> RankingAsync(int programId, CancellationToken cancellationToken)
    {
        var applications = await db.Set<GrantApplication>().AsNoTracking().Where(a => a.ProgramId == programId).ToListAsync(cancellationToken);
        var reviews = await db.Set<ApplicationReview>().AsNoTracking().Where(r => r.ProgramId == programId).ToListAsync(cancellationToken);
        var projects = await db.Set<GrantProject>().AsNoTracking().Where(p => p.ProgramId == programId).ToDictionaryAsync(p => p.ApplicationId, p => p.Id, cancellationToken);
        var names = await partners.NamesAsync(applications.Select(a => a.OrganizationId), cancellationToken);
        var normalized = Normalize(reviews);
        var lines = applications.Select(a =>
        {
            var scored = reviews.Where(r => r.ApplicationId == a.Id && r.Score is not null).ToList();
            decimal? mean = scored.Count == 0 ? null : decimal.Round(scored.Average(r => r.Score!.Value), 2);
            decimal? norm = scored.Count == 0 ? null : decimal.Round(50m + 10m * scored.Average(r => normalized[r.Id]), 2);
            return new ApplicationLine(a.Id, a.Title, a.Category, a.CommunityId, a.OrganizationId, names.GetValueOrDefault(a.OrganizationId, ""), Money.Yuan(a.RequestedFen),
                a.Status, a.EndorsedAt is not null, scored.Count, reviews.Count(r => r.ApplicationId == a.Id && r.ConflictOfInterest), mean, norm, null,
                projects.TryGetValue(a.Id, out var project) ? project : null);
        }).OrderByDescending(l => l.Normalized ?? decimal.MinValue).ThenByDescending(l => l.MeanScore ?? decimal.MinValue).ThenBy(l => l.Id).ToList();
        var rank = 0;
        return [.. lines.Select(l => l.Normalized is null ? l : l with { Rank = ++rank })];
    }

    /// <summary>
    /// Each score as its reviewer's z-score over the program (how far above their own mean, in their own spread): a
    /// reviewer who gives everyone 90 and one who gives everyone 60 then rank alike. One score, or no spread, is 0.
    /// </summary>
    private static Dictionary<int, decimal> Normalize(IReadOnlyList<ApplicationReview> reviews)
    {
        var result = new Dictionary<int, decimal>();
        foreach (var byReviewer in reviews.Where(r => r.Score is not null).GroupBy(r => r.ReviewerId))
        {
            var scores = byReviewer.Select(r => (double)r.Score!.Value).ToList();
            var mean = scores.Average();
            var sd = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Count);
            foreach (var review in byReviewer) result[review.Id] = sd < 1e-9 ? 0m : (decimal)(((double)review.Score!.Value - mean) / sd);
        }
        return result;
    }

    /// <summary>An application in full; its reviews only for those who review (an organization never learns who scored it what).</summary>
    public async Task<ApplicationView> ReadAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var a = await db.Set<GrantApplication>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException();
        var indicators = await db.Set<ApplicationIndicator>().AsNoTracking().Where(i => i.ApplicationId == id).OrderBy(i => i.Id)
            .Select(i => new IndicatorView(i.Id, i.Key, i.Label, i.Target)).ToListAsync(cancellationToken);
        var lines = await BudgetLinesAsync(id, cancellationToken);
        var milestones = await MilestonesAsync(id, cancellationToken);
        var reviews = await authorization.AllowsAsync(user, GrantsPolicies.Review)
            ? await db.Set<ApplicationReview>().AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken)
            : null;
        var project = await db.Set<GrantProject>().Where(p => p.ApplicationId == id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var names = await partners.NamesAsync([a.OrganizationId], cancellationToken);
        return new ApplicationView(a.Id, a.ProgramId, a.Title, a.Category, a.CommunityId, a.OrganizationId, names.GetValueOrDefault(a.OrganizationId, ""),
            Money.Yuan(a.RequestedFen), a.Status, a.EndorsedBy, ChinaTime.ToOffset(a.EndorsedAt), a.SubmittedBy, ChinaTime.ToOffset(a.SubmittedAt), a.Summary, a.Background,
            a.TargetGroups, a.TargetPopulation, a.ServicePlan, a.LogicModel, a.SocialWorker, a.Supervisor, indicators, lines, milestones,
            reviews?.Select(r => new ReviewView(r.Id, r.ReviewerName, r.Score, r.ConflictOfInterest, r.Comment, ChinaTime.ToOffset(r.At))).ToList(), project);
    }

    public async Task<IReadOnlyList<BudgetLineView>> BudgetLinesAsync(int applicationId, CancellationToken cancellationToken) =>
        await db.Set<BudgetLine>().AsNoTracking().Where(l => l.ApplicationId == applicationId).OrderBy(l => l.Id)
            .Select(l => new BudgetLineView(l.Id, l.Name, Money.Yuan(l.AmountFen), Money.Yuan(l.SpentFen))).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MilestoneView>> MilestonesAsync(int applicationId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var rows = await db.Set<Milestone>().AsNoTracking().Where(m => m.ApplicationId == applicationId).OrderBy(m => m.DueOn).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MilestoneView(m.Id, m.Name, m.DueOn, m.DoneOn, m.Evidence, m.Late(today)))];
    }
}
