using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities;

/// <summary>Who may sign up.</summary>
public enum Eligibility
{
    Everyone = 1,
    /// <summary>Residents carrying <see cref="Activity.EligibleTag"/> (80+, a community's own tag...).</summary>
    Tag = 2,
    /// <summary>Children under 18, signed up by a guardian (or by staff).</summary>
    Children = 3,
}

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
public sealed class Activity : ICommunityOwned, ResidentAccess.IShared
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
    /// <summary>Check-ins so far, kept by each check-in's conditional UPDATE, which also makes a check-in and a cancellation of the same activity wait for each other.</summary>
    public int CheckedInCount { get; private set; }
    public ActivityStatus Status { get; private set; }
    public DateTime? SignUpOpensAt { get; private set; }
    public DateTime? SignUpClosesAt { get; private set; }
    public bool AllowsWalkIns { get; private set; } = true;
    /// <summary>Residents' own sign-ups wait for staff to approve them (staff signing someone up are the approvers).</summary>
    public bool RequiresApproval { get; private set; }
    public string? Category { get; private set; }
    public string? Partners { get; private set; }
    public Eligibility Eligibility { get; private set; } = Eligibility.Everyone;
    public string? EligibleTag { get; private set; }
    /// <summary>The room booked for it, when it is held in one of the community's spaces.</summary>
    public int? BookingId { get; private set; }
    /// <summary>The series this activity is one date of (every Wednesday's free clinic), if any.</summary>
    public int? SeriesId { get; private set; }
    /// <summary>The grant project (公益创投子项目) it is held in, whose figures count it; checked by the grants module.</summary>
    public int? GrantProjectId { get; private set; }
    /// <summary>The template it was made from; its plan is the activity's own copy.</summary>
    public int? TemplateId { get; private set; }

    /// <summary>The console account that set it up — its organizer, whose development page lists it (a series' dates keep it).</summary>
    public string? OrganizerId { get; private set; }
    /// <summary>The secret in the check-in QR on the poster: scanning it is proof of being in the room.</summary>
    public string CheckInCode { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it was first announced (published); a cancelled activity that never was is nobody's news.</summary>
    public DateTime? PublishedAt { get; private set; }

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
        CheckInCode = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        CreatedAt = now;
        PublishedAt = status == ActivityStatus.Published ? now : null;
    }

    public void Describe(string? category, string? partners, DateTime? signUpOpensAt, bool requiresApproval)
    {
        RequiresApproval = requiresApproval;
        Category = category;
        Partners = partners;
        SignUpOpensAt = signUpOpensAt;
    }

    /// <summary>The same activity on another date of its series, shifted by <paramref name="shift"/>.</summary>
    public Activity Occurrence(int seriesId, TimeSpan shift, DateTime now)
    {
        var copy = new Activity(CommunityId, Title, Description, Place, StartsAt + shift, EndsAt + shift, Capacity, Status, SignUpClosesAt + shift, AllowsWalkIns, now)
        {
            SeriesId = seriesId,
            GrantProjectId = GrantProjectId,
            TemplateId = TemplateId,
            OrganizerId = OrganizerId,
        };
        copy.Describe(Category, Partners, SignUpOpensAt + shift, RequiresApproval);
        copy.Restrict(Eligibility, EligibleTag);
        return copy;
    }

    public void InProject(int? grantProjectId) => GrantProjectId = grantProjectId;

    public void MadeFrom(int? templateId) => TemplateId = templateId;

    public void OrganizedBy(string? userId) => OrganizerId = userId;

    public void HeldIn(int bookingId, string spaceName)
    {
        BookingId = bookingId;
        Place ??= spaceName;
    }

    /// <summary>Draft → published → finished, and a draft or published activity may be cancelled.</summary>
    public static bool MayMove(ActivityStatus from, ActivityStatus to) => (from, to) switch
    {
        (ActivityStatus.Draft, ActivityStatus.Published or ActivityStatus.Cancelled) => true,
        (ActivityStatus.Published, ActivityStatus.Finished or ActivityStatus.Cancelled) => true,
        _ => false,
    };

    public void Restrict(Eligibility eligibility, string? tag)
    {
        Eligibility = eligibility;
        EligibleTag = eligibility == Eligibility.Tag ? tag : null;
    }

    /// <summary>Check-in happens from an hour before the start until the end; outside it staff state why.</summary>
    public bool InCheckInWindow(DateTime now) => now >= StartsAt.AddHours(-1) && now <= EndsAt;

    /// <summary>Residents check themselves in by QR within the check-in window.</summary>
    public bool TakesSelfCheckIn(DateTime now) => Status == ActivityStatus.Published && InCheckInWindow(now);

    /// <summary>A resident may take back a sign-up until the activity starts; after that it is part of the record.</summary>
    public bool TakesCancellations(DateTime now) => Status == ActivityStatus.Published && now < StartsAt;

    /// <summary>Sign-ups close at the stated time, or when the activity starts.</summary>
    public bool TakesSignUps(DateTime now) => Status == ActivityStatus.Published && now < (SignUpClosesAt ?? StartsAt) && (SignUpOpensAt is null || now >= SignUpOpensAt);
}
