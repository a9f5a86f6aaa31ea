using System.Linq.Expressions;
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
/// A booking of a space. Two live bookings (pending or confirmed) of one space never overlap, counting the
/// space's buffer after each (<see cref="BlockedUntil"/>): PostgreSQL refuses it with an exclusion constraint,
/// SQLite with a trigger (see the Spaces migrations), so concurrent requests cannot both win.
/// </summary>
public sealed class Booking : ICommunityOwned, ResidentAccess.IPersonal<Booking>
{
    public static Expression<Func<Booking, int?>> ResidentOf => b => b.ResidentId;

    public int Id { get; private set; }
    public int SpaceId { get; private set; }
    public int CommunityId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    /// <summary>The end plus the space's buffer: what the overlap rule compares.</summary>
    public DateTime BlockedUntil { get; private set; }
    public string Purpose { get; private set; } = "";
    /// <summary>The resident group (or organization) the room is for, when not the community's own use.</summary>
    public string? GroupName { get; private set; }
    /// <summary>The resident who booked in the portal, told when staff approve or reject.</summary>
    public int? ResidentId { get; private set; }
    /// <summary>Bookings made together as a weekly series share this key.</summary>
    public string? SeriesKey { get; private set; }
    public BookingStatus Status { get; private set; }
    /// <summary>People counted in the room, recorded afterwards: the usage figures' visitors.</summary>
    public int? Visitors { get; private set; }
    public string BookedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Booking() { }

    public Booking(Space space, DateTime startsAt, DateTime endsAt, string purpose, string? groupName, int? residentId, string? seriesKey, string bookedBy, DateTime now)
    {
        SpaceId = space.Id;
        CommunityId = space.CommunityId;
        StartsAt = startsAt;
        EndsAt = endsAt;
        BlockedUntil = endsAt.AddMinutes(space.BufferMinutes);
        Purpose = purpose;
        GroupName = groupName;
        ResidentId = residentId;
        SeriesKey = seriesKey;
        Status = space.NeedsApproval ? BookingStatus.Pending : BookingStatus.Confirmed;
        BookedBy = bookedBy;
        CreatedAt = now;
    }

    public void Approve() => Status = BookingStatus.Confirmed;

    public bool IsLive => Status is BookingStatus.Pending or BookingStatus.Confirmed;
}
