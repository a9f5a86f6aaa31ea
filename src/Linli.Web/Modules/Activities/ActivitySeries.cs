using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities;

public enum SeriesFrequency
{
    /// <summary>Every week on the same weekday (the Wednesday free clinic).</summary>
    Weekly = 1,
    /// <summary>Every month on the same day, or the month's last day when it is shorter (the monthly birthday party).</summary>
    Monthly = 2,
}

/// <summary>Activities that repeat: each date is an activity of its own with its own sign-ups and check-ins.</summary>
public sealed class ActivitySeries : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxCount = 52;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public SeriesFrequency Frequency { get; private set; }
    public int Count { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private ActivitySeries() { }

    public ActivitySeries(int communityId, string title, SeriesFrequency frequency, int count, DateTime now)
    {
        CommunityId = communityId;
        Title = title;
        Frequency = frequency;
        Count = count;
        CreatedAt = now;
    }

    /// <summary>How far the n-th date (0 is the first) lies from the first, computed on China dates.</summary>
    public TimeSpan ShiftOf(int n, DateTime firstStartChina) => Frequency switch
    {
        SeriesFrequency.Weekly => TimeSpan.FromDays(7 * n),
        _ => firstStartChina.AddMonths(n) - firstStartChina,
    };
}
