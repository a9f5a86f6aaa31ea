namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>One day of a space as a booking form shows it: closed (with the reason), or the stretches still free.</summary>
public sealed record FreeDay(int SpaceId, DateOnly Day, string? ClosedFor, IReadOnlyList<FreeStretch> Free);

public sealed record FreeStretch(TimeOnly From, TimeOnly To)
{
    /// <summary>"09:00–14:00"; a stretch to midnight ends at 24:00.</summary>
    public override string ToString() =>
        $"{From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}–{(To == TimeOnly.MaxValue ? "24:00" : To.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))}";
}

/// <summary>
/// What is left to book: each day's opening hours minus the live bookings, each widened by the space's buffer on
/// the side a new booking would need it (a booking here must end, buffer included, before the next one starts).
/// </summary>
public static class FreeTimes
{
    /// <summary>Stretches shorter than this are not offered: nobody books a room for five minutes.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(30);

    public static FreeDay Of(SpaceView space, DateOnly day, IEnumerable<(DateTime StartsAt, DateTime BlockedUntil)> bookings)
    {
        if (space.Closures.FirstOrDefault(c => c.On == day) is { } closure) return new FreeDay(space.Id, day, closure.Reason, []);
        if (space.OpeningHours.FirstOrDefault(h => h.Day == day.DayOfWeek) is not { } hours) return new FreeDay(space.Id, day, null, []);
        var buffer = TimeSpan.FromMinutes(space.BufferMinutes);
        var opens = day.ToDateTime(hours.Opens);
        var closes = hours.Closes == TimeOnly.MaxValue ? day.AddDays(1).ToDateTime(TimeOnly.MinValue) : day.ToDateTime(hours.Closes);
        var taken = bookings.Select(b => (From: Platform.Localization.ChinaTime.FromUtc(b.StartsAt) - buffer, To: Platform.Localization.ChinaTime.FromUtc(b.BlockedUntil)))
            .Where(b => b.From < closes && b.To > opens).OrderBy(b => b.From);
        var free = new List<FreeStretch>();
        var cursor = opens;
        foreach (var (from, to) in taken)
        {
            if (from - cursor >= Shortest) free.Add(Stretch(cursor, from));
            if (to > cursor) cursor = to;
        }
        if (closes - cursor >= Shortest) free.Add(Stretch(cursor, closes));
        return new FreeDay(space.Id, day, null, free);
    }

    private static FreeStretch Stretch(DateTime from, DateTime to) =>
        new(TimeOnly.FromDateTime(from), to.TimeOfDay == TimeSpan.Zero && to > from ? TimeOnly.MaxValue : TimeOnly.FromDateTime(to));
}
