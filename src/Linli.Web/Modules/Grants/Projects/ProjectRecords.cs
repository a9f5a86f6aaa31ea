using Linli.Web.Modules.Contests;
using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Surveys;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>What other modules recorded inside a project besides its activities and clinics (which count through the indicators).</summary>
public sealed record ProjectRecordLists(IReadOnlyList<ProjectSurvey> Surveys, IReadOnlyList<ProjectMeeting> Meetings, IReadOnlyList<ProjectContest> Contests);

/// <summary>Gathers a project's surveys, meetings and contests through the owning modules' public services.</summary>
public sealed class ProjectRecords(ProjectSurveys surveys, ProjectMeetings meetings, ProjectContests contests)
{
    public async Task<ProjectRecordLists> OfAsync(int projectId, CancellationToken cancellationToken) =>
        new(await surveys.OfAsync(projectId, cancellationToken), await meetings.OfAsync(projectId, cancellationToken), await contests.OfAsync(projectId, cancellationToken));
}
