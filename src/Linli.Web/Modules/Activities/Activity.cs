using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities;

public enum ActivityStatus
{
    Draft = 1,
    Published = 2,
    Finished = 3,
    Cancelled = 4,
}

/// <summary>
/// An activity of a community: a lecture, a free clinic, a birthday party. <see cref="ConfirmedCount"/> is
/// kept by a conditional UPDATE in the same transaction as each sign-up, so the database, not a check in
/// memory, decides who gets the last seat.
/// </summary>
public sealed class Activity : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public string? Place { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public int Capacity { get; private set; }
    public int ConfirmedCount { get; private set; }
    public ActivityStatus Status { get; private set; }
    public DateTime? SignUpClosesAt { get; private set; }
    public bool AllowsWalkIns { get; private set; } = true;
    public DateTime CreatedAt { get; private set; }

    private Activity() { }

    public Activity(int communityId, string title, string? description, string? place, DateTime startsAt, DateTime endsAt, int capacity,
        ActivityStatus status, DateTime? signUpClosesAt, bool allowsWalkIns, DateTime now)
    {
        CommunityId = communityId;
        Title = title;
        Description = description;
        Place = place;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Capacity = capacity;
        Status = status;
        SignUpClosesAt = signUpClosesAt;
        AllowsWalkIns = allowsWalkIns;
        CreatedAt = now;
    }

    /// <summary>Sign-ups close at the stated time, or when the activity starts.</summary>
    public bool TakesSignUps(DateTime now) => Status == ActivityStatus.Published && now < (SignUpClosesAt ?? StartsAt);
}
