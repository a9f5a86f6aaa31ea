using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Deliberation;

/// <summary>The standing bodies that deliberate (seed 002 case 3, seed 004).</summary>
public enum BodyKind
{
    /// <summary>联席会议: community, 环物委, owners' committee, property company and social organization together.</summary>
    JointMeeting = 1,

    /// <summary>议事会: a community's or a compound's deliberation council.</summary>
    Council = 2,

    /// <summary>业主大讲堂: a series of owners' forums.</summary>
    LectureHall = 3,

    /// <summary>楼门议事 / 胡同议事: a building's or a lane's council.</summary>
    BuildingCouncil = 4,
}

/// <summary>
/// A body that meets regularly and when needed ("定期+不定期"), for a community or a place in it (a compound, a
/// courtyard, a building); its member organizations each carry a written duty ("明确各自工作职责").
/// </summary>
public sealed class DeliberationBody : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxName = 100;
    public const int MaxCadence = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>The place it deliberates for: the community itself or a compound, courtyard or building in it.</summary>
    public int RegionId { get; private set; }
    public BodyKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The regular cadence as announced ("每月第一个周三"); ad-hoc meetings come on top.</summary>
    public string? Cadence { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private DeliberationBody() { }

    public DeliberationBody(int communityId, int regionId, BodyKind kind, string name, string? cadence, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        RegionId = regionId;
        Kind = kind;
        Name = name;
        Cadence = cadence;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>A member organization of a body and its written duty; a standing member names the person who attends.</summary>
public sealed class BodyMember : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxOrganization = 100;
    public const int MaxDuty = 500;
    public const int MaxPerson = 50;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int BodyId { get; private set; }
    public string Organization { get; private set; } = "";
    public string Duty { get; private set; } = "";
    public string? Person { get; private set; }

    private BodyMember() { }

    public BodyMember(DeliberationBody body, string organization, string duty, string? person)
    {
        CommunityId = body.CommunityId;
        BodyId = body.Id;
        Organization = organization;
        Duty = duty;
        Person = person;
    }
}
