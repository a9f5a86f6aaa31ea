using Linli.Web.Platform.Figures;

namespace Linli.Web.Modules.Activities;

/// <summary>
/// The activities' figures for the dashboards: activities held (finished, or published and begun, by their start in the
/// period), their person-times (check-ins), and the unique people who came — counted from the attendance tallies, each
/// person once across the communities asked for, and of them the new (never at any of these communities' activities
/// before the period) and the returning. In a place (a compound, a building), the check-ins of the people
/// living there.
/// </summary>
public sealed class ActivityFigures(ActivityDirectory activities, Attendance.AttendanceReport attendance) : IFigureSource
{
    public const string Held = "activitiesHeld", PersonTimes = "personTimes", UniquePeople = "uniquePeople", NewPeople = "newParticipants",
        ReturningPeople = "returningParticipants";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Held, "Figure.ActivitiesHeld", "Unit.Sessions", Additive: true, ListPath: "/console/activities"),
        new(PersonTimes, "Figure.PersonTimes", "Unit.PersonTimes", Additive: true, ByHome: true, ListPath: "/console/activities"),
        new(UniquePeople, "Figure.UniquePeople", "Unit.People", Additive: false, ByHome: true, ListPath: "/console/activities"),
        new(NewPeople, "Figure.NewParticipants", "Unit.People", Additive: false, ListPath: "/console/activities"),
        new(ReturningPeople, "Figure.ReturningParticipants", "Unit.People", Additive: false, ListPath: "/console/activities"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var held = await activities.HeldInCommunitiesAsync(window.CommunityIds, window.StartUtc, window.EndUtc, cancellationToken);
        return held.ToDictionary(h => h.Key, h => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Held] = h.Value.Held,
            [PersonTimes] = h.Value.PersonTimes,
        });
    }

    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var unique = await attendance.UniquePeopleAsync(window.CommunityIds, window.From, window.To, cancellationToken);
        var figures = new Dictionary<string, decimal> { [UniquePeople] = unique };
        if (window.Keys.Contains(NewPeople) || window.Keys.Contains(ReturningPeople))
        {
            var first = await attendance.NewPeopleAsync(window.CommunityIds, window.From, window.To, cancellationToken);
            figures[NewPeople] = first;
            figures[ReturningPeople] = unique - first;
        }
        return figures;
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken)
    {
        var came = await attendance.OfHomesAsync(window.CommunityId, window.Homes, window.From, window.To, cancellationToken);
        return FigureRules.ByPlace((PersonTimes, came.ToDictionary(c => c.Key, c => (decimal)c.Value.PersonTimes)),
            (UniquePeople, came.ToDictionary(c => c.Key, c => (decimal)c.Value.UniquePeople)));
    }
}
