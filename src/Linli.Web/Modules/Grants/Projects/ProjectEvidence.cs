using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Volunteers;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>
/// Everything the records say a project did, one value per standard indicator (docs/grants.md defines each):
/// services and person-times from its held activities, people and households from their check-ins, volunteers and
/// hours from the service records at those activities, health records measured at those of them that were free
/// clinics, satisfaction as the participants' mean rating (1–5; null before anyone rated).
/// </summary>
public sealed record ProjectFigures(int Services, int PersonTimes, int UniquePeople, int Households, int Volunteers, decimal VolunteerHours, int HealthRecords,
    decimal? Satisfaction, int Ratings)
{
    public decimal? Of(IndicatorKey key) => key switch
    {
        IndicatorKey.Services => Services,
        IndicatorKey.PersonTimes => PersonTimes,
        IndicatorKey.UniquePeople => UniquePeople,
        IndicatorKey.Households => Households,
        IndicatorKey.Volunteers => Volunteers,
        IndicatorKey.VolunteerHours => VolunteerHours,
        IndicatorKey.HealthRecords => HealthRecords,
        IndicatorKey.Satisfaction => Satisfaction,
        _ => null,
    };
}

/// <summary>
/// Reads a project's figures from the modules that recorded the work, through their public services: no figure of a
/// grant report is typed when Linli recorded it. The caller has checked the project is in its scope.
/// </summary>
public sealed class ProjectEvidence(ActivityDirectory activities, VolunteerFigures volunteers, HealthFigures health, ResidentDirectory residents)
{
    /// <summary>The project's figures, of the activities that started in the window when one is given (a monthly report's month).</summary>
    public async Task<ProjectFigures> OfAsync(int projectId, CancellationToken cancellationToken, DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        var held = await activities.HeldInProjectAsync(projectId, cancellationToken, fromUtc, toUtc);
        var ids = held.Select(a => a.Id).ToList();
        var people = await activities.ParticipantsOfAsync(ids, cancellationToken);
        var households = await residents.CountHouseholdsOfAsync(people, cancellationToken);
        var served = await volunteers.AtActivitiesAsync(ids, cancellationToken);
        var records = await health.RecordsMeasuredAtAsync(ids, cancellationToken);
        var ratings = held.Sum(a => a.Ratings);
        return new ProjectFigures(held.Count, held.Sum(a => a.PersonTimes), people.Count, households, served.Volunteers, served.Hours, records,
            ProjectActivityFigures.MeanRating(held.Sum(a => a.RatingSum), ratings), ratings);
    }
}
