using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>The rooms and areas a community composite space has (seed 000).</summary>
public enum SpaceKind
{
    ReadingCorner = 1,
    ParentChild = 2,
    CaseworkRoom = 3,
    GroupRoom = 4,
    Hall = 5,
    Other = 6,
}

/// <summary>A room or area of a community's space (reading corner, group room, hall) that people book.</summary>
public sealed class Space : ICommunityOwned, ResidentAccess.IShared
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public SpaceKind Kind { get; private set; } = SpaceKind.Other;
    public int Capacity { get; private set; }
    public bool NeedsApproval { get; private set; }
    /// <summary>Minutes kept free after each booking for tidying up; the database's overlap rule includes them.</summary>
    public int BufferMinutes { get; private set; }
    /// <summary>The longest booking; null for no limit.</summary>
    public int? MaxBookingMinutes { get; private set; }
    /// <summary>How many days ahead bookings are taken.</summary>
    public int BookAheadDays { get; private set; } = 60;
    /// <summary>Residents and their groups may book it in the portal (the casework room, say, is staff-only).</summary>
    public bool ResidentsMayBook { get; private set; } = true;
    public DateTime CreatedAt { get; private set; }

    private Space() { }

    public Space(int communityId, string name, int capacity, bool needsApproval, DateTime now)
    {
        CommunityId = communityId;
        Name = name;
        Capacity = capacity;
        NeedsApproval = needsApproval;
        CreatedAt = now;
    }

    public void SetRules(SpaceKind kind, int bufferMinutes, int? maxBookingMinutes, int bookAheadDays, bool residentsMayBook)
    {
        Kind = kind;
        BufferMinutes = bufferMinutes;
        MaxBookingMinutes = maxBookingMinutes;
        BookAheadDays = bookAheadDays;
        ResidentsMayBook = residentsMayBook;
    }
}

/// <summary>A day a space is closed (a holiday, repairs): no bookings that day.</summary>
public sealed class SpaceClosure : ICommunityOwned, ResidentAccess.IShared
{
    public int Id { get; private set; }
    public int SpaceId { get; private set; }
    public int CommunityId { get; private set; }
    public DateOnly On { get; private set; }
    public string Reason { get; private set; } = "";

    private SpaceClosure() { }

    public SpaceClosure(Space space, DateOnly on, string reason)
    {
        SpaceId = space.Id;
        CommunityId = space.CommunityId;
        On = on;
        Reason = reason;
    }
}
