using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stations;

/// <summary>What a station's room is for: seed 001's 丽景苑 has a casework room (心理咨询室), a group room (培训会议室) and a learning space.</summary>
public enum RoomPurpose
{
    Casework = 1,
    Group = 2,
    Learning = 3,
    Other = 4,
}

/// <summary>
/// A social-work station (社工站) as an organizational unit of its community: its name and persona (惠东's "小惠"), when
/// it is open, its operating rules (运维制度), the services it offers and its online service ("365在线服务"). One per
/// community. Its rooms are the spaces module's spaces; its staff, trainings and the groups it incubates are read
/// from their own records.
/// </summary>
public sealed class Station : ICommunityOwned
{
    public const int MaxName = 50, MaxShort = 200, MaxRules = 2000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Persona { get; private set; }
    public string? OpeningHours { get; private set; }
    public string? Services { get; private set; }
    public string? OnlineService { get; private set; }
    public string? Rules { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    private Station() { }

    public Station(int communityId, string name, StationAbout about, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        CreatedBy = createdBy;
        CreatedAt = now;
        Describe(name, about, now);
    }

    public void Describe(string name, StationAbout about, DateTime now)
    {
        Name = name;
        (Persona, OpeningHours, Services, OnlineService, Rules) = (about.Persona, about.OpeningHours, about.Services, about.OnlineService, about.Rules);
        UpdatedAt = now;
    }
}

/// <summary>A station's optional facts, already checked.</summary>
public sealed record StationAbout(string? Persona, string? OpeningHours, string? Services, string? OnlineService, string? Rules);

/// <summary>A space of the community serving as one of the station's rooms (once per space).</summary>
public sealed class StationRoom : ICommunityOwned
{
    public int StationId { get; private set; }
    public int SpaceId { get; private set; }
    public int CommunityId { get; private set; }
    public RoomPurpose Purpose { get; private set; }

    private StationRoom() { }

    public StationRoom(Station station, int spaceId, RoomPurpose purpose) => (StationId, SpaceId, CommunityId, Purpose) = (station.Id, spaceId, station.CommunityId, purpose);
}

/// <summary>
/// A micro-project (小微项目) the station accompanies, carried jointly by an experienced resident group and a new one —
/// 惠东's "以老社区社会组织育新社区社会组织，依托两支社区社会组织共同承接一个社区小微项目" (seed 001). Both groups are
/// the groups module's, of the station's community.
/// </summary>
public sealed class StationMicroProject : ICommunityOwned
{
    public const int MaxTitle = 100, MaxGoal = 500;

    public int Id { get; private set; }
    public int StationId { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public int LeadGroupId { get; private set; }
    public int? NewGroupId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public string? Goal { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private StationMicroProject() { }

    public StationMicroProject(Station station, string title, (int Lead, int? New) groups, (DateOnly Starts, DateOnly? Ends) period, string? goal, string createdBy,
        DateTime now)
    {
        (StationId, CommunityId, Title) = (station.Id, station.CommunityId, title);
        (LeadGroupId, NewGroupId) = groups;
        (StartsOn, EndsOn) = period;
        Goal = goal;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}
