using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>
/// A project's figures as <see cref="ProjectEvidence"/> last computed them, kept for the program dashboard's attainment
/// (the way DHIS2's analytics tables serve its dashboards): counting distinct people, households and raters across a
/// program's hundreds of projects on every page view would take seconds, so <see cref="ProjectFiguresRefresh"/>
/// recomputes them on the scheduler and the dashboard says when. A project's own page reads its figures live.
/// </summary>
public sealed class ProjectFigureSnapshot : IOrganizationRun
{
    public int ProjectId { get; private set; }
    public int ProgramId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public int Services { get; private set; }
    public int PersonTimes { get; private set; }
    public int UniquePeople { get; private set; }
    public int Households { get; private set; }
    public int Volunteers { get; private set; }
    public decimal VolunteerHours { get; private set; }
    public int HealthRecords { get; private set; }
    public decimal? Satisfaction { get; private set; }
    public int Ratings { get; private set; }
    public DateTime ComputedAt { get; private set; }

    private ProjectFigureSnapshot() { }

    public ProjectFigureSnapshot(GrantProject project, ProjectFigures figures, DateTime now)
    {
        ProjectId = project.Id;
        ProgramId = project.ProgramId;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
        Take(figures, now);
    }

    public void Take(ProjectFigures f, DateTime now)
    {
        (Services, PersonTimes, UniquePeople, Households, Volunteers, VolunteerHours, HealthRecords, Satisfaction, Ratings) =
            (f.Services, f.PersonTimes, f.UniquePeople, f.Households, f.Volunteers, f.VolunteerHours, f.HealthRecords, f.Satisfaction, f.Ratings);
        ComputedAt = now;
    }

    public ProjectFigures Figures => new(Services, PersonTimes, UniquePeople, Households, Volunteers, VolunteerHours, HealthRecords, Satisfaction, Ratings);
}
