using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Activities;

/// <summary>
/// The activities' figures for the dashboards: activities held (finished, or published and begun, by their start in the
/// period), their person-times (check-ins), and the unique people who came — counted from the attendance tallies, each
/// person once across the communities asked for.
/// </summary>
public sealed class ActivityFigures(ActivityDirectory activities, Attendance.AttendanceReport attendance) : IFigureSource
{
    public const string Held = "activitiesHeld", PersonTimes = "personTimes", UniquePeople = "uniquePeople";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Held, "Figure.ActivitiesHeld", "Unit.Sessions", Additive: true),
        new(PersonTimes, "Figure.PersonTimes", "Unit.PersonTimes", Additive: true),
        new(UniquePeople, "Figure.UniquePeople", "Unit.People", Additive: false),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var held = await activities.HeldInCommunitiesAsync(window.CommunityIds, Start(window.From), Start(window.To.AddDays(1)), cancellationToken);
        return held.ToDictionary(h => h.Key, h => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Held] = h.Value.Held,
            [PersonTimes] = h.Value.PersonTimes,
        });
    }

    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) =>
        new Dictionary<string, decimal> { [UniquePeople] = await attendance.UniquePeopleAsync(window.CommunityIds, window.From, window.To, cancellationToken) };

    private static DateTime Start(DateOnly day) => ChinaTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
