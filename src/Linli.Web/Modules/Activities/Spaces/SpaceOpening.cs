namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>When a space is open on a weekday, in China time. A weekday without a row is closed.</summary>
public sealed class SpaceOpening
{
    public int Id { get; private set; }
    public int SpaceId { get; private set; }
    public DayOfWeek Day { get; private set; }
    public TimeOnly Opens { get; private set; }
    public TimeOnly Closes { get; private set; }

    private SpaceOpening() { }

    public SpaceOpening(int spaceId, DayOfWeek day, TimeOnly opens, TimeOnly closes)
    {
        SpaceId = spaceId;
        Day = day;
        Opens = opens;
        Closes = closes;
    }

    /// <summary>Without stated hours a space is open every day 08:00–21:00.</summary>
    public static IEnumerable<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Default =>
        Enum.GetValues<DayOfWeek>().Select(d => (d, new TimeOnly(8, 0), new TimeOnly(21, 0)));
}
