using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities.Spaces;

public enum BookingStatus
{
    Pending = 1,
    Confirmed = 2,
    Cancelled = 3,
    Rejected = 4,
}

/// <summary>
/// A booking of a space. Two live bookings (pending or confirmed) of one space never overlap: PostgreSQL
/// refuses it with an exclusion constraint, SQLite with a trigger (see the Spaces migrations), so
/// concurrent requests cannot both win.
/// </summary>
public sealed class Booking : ICommunityOwned
{
    public const string OverlapConstraint = "ex_activities_bookings_overlap";

    public int Id { get; private set; }
    public int SpaceId { get; private set; }
    public int CommunityId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public string Purpose { get; private set; } = "";
    public BookingStatus Status { get; private set; }
    public string BookedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Booking() { }

    public Booking(Space space, DateTime startsAt, DateTime endsAt, string purpose, string bookedBy, DateTime now)
    {
        SpaceId = space.Id;
        CommunityId = space.CommunityId;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Purpose = purpose;
        Status = space.NeedsApproval ? BookingStatus.Pending : BookingStatus.Confirmed;
        BookedBy = bookedBy;
        CreatedAt = now;
    }
}
