using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities;

public enum RegistrationStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    /// <summary>Signed up for an activity that needs approval; holds no seat until staff approve.</summary>
    Pending = 3,
}

/// <summary>Helpers and volunteers take part without taking a participant's seat.</summary>
public enum RegistrationRole
{
    Participant = 1,
    Helper = 2,
}

/// <summary>One resident signed up for one activity (a unique pair), confirmed or waiting for a seat.</summary>
public sealed class Registration : ICommunityOwned, ResidentAccess.IPersonal<Registration>
{
    public static Expression<Func<Registration, int?>> ResidentOf => r => r.ResidentId;

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public RegistrationStatus Status { get; private set; }
    public RegistrationRole Role { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    /// <summary>When the reminder before the start went out; set by a conditional update so it goes once.</summary>
    public DateTime? RemindedAt { get; private set; }

    private Registration() { }

    public Registration(Activity activity, int residentId, RegistrationStatus status, RegistrationRole role, string registeredBy, DateTime now)
    {
        ActivityId = activity.Id;
        CommunityId = activity.CommunityId;
        ResidentId = residentId;
        Status = status;
        Role = role;
        RegisteredBy = registeredBy;
        CreatedAt = now;
    }

    /// <summary>The id the database gave it, when it was inserted by plain SQL rather than saved through EF.</summary>
    public void Inserted(int id) => Id = id;

    /// <summary>Counts against the activity's capacity.</summary>
    public bool TakesSeat => Status == RegistrationStatus.Confirmed && Role == RegistrationRole.Participant;
}

/// <summary>Someone was there: a registered participant or helper, or a walk-in.</summary>
public sealed class CheckIn : ICommunityOwned, ResidentAccess.IPersonal<CheckIn>
{
    public static Expression<Func<CheckIn, int?>> ResidentOf => c => c.ResidentId;

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public bool WalkIn { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime At { get; private set; }

    /// <summary>Why staff recorded it outside the check-in window (a paper sheet typed in that evening); null inside it.</summary>
    public string? Reason { get; private set; }

    public const int MaxReason = 200;

    private CheckIn() { }

    public CheckIn(Activity activity, int residentId, bool walkIn, string recordedBy, DateTime at, string? reason = null)
    {
        Reason = reason;
        ActivityId = activity.Id;
        CommunityId = activity.CommunityId;
        ResidentId = residentId;
        WalkIn = walkIn;
        RecordedBy = recordedBy;
        At = at;
    }
}
