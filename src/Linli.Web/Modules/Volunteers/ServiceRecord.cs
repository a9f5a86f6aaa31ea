using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// One piece of service (Order 67 Art. 7): activity, date, place, content, the hours actually given, the organizing
/// unit and the person in charge. Recorded within 10 working days of the date (Art. 11), or marked late.
/// </summary>
public sealed class ServiceRecord : ICommunityOwned
{
    public const int RecordWithinWorkingDays = 10;

    public int Id { get; private set; }
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    /// <summary>The activity whose check-in proposed these hours; null for service entered by hand. One record per volunteer per activity.</summary>
    public int? ActivityId { get; private set; }
    public string ActivityName { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string Place { get; private set; } = "";
    public string Content { get; private set; } = "";
    public decimal Hours { get; private set; }
    public string Organizer { get; private set; } = "";
    public string PersonInCharge { get; private set; } = "";
    public bool Late { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private ServiceRecord() { }

    public ServiceRecord(Volunteer volunteer, string activityName, DateOnly date, string place, string content, decimal hours, string organizer, string personInCharge,
        DateOnly recordedOn, string recordedBy, DateTime now, int? activityId = null)
    {
        ActivityId = activityId;
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
        ActivityName = activityName;
        Date = date;
        Place = place;
        Content = content;
        Hours = hours;
        Organizer = organizer;
        PersonInCharge = personInCharge;
        Late = WorkingDaysBetween(date, recordedOn) > RecordWithinWorkingDays;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }

    /// <summary>Monday to Friday after <paramref name="from"/> up to and including <paramref name="to"/>. Public holidays are not known here and count as working days.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        return days;
    }
}
