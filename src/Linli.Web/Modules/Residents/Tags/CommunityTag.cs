using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Tags;

/// <summary>
/// A tag a community defines for itself (楼栋长, 新市民, 失独家庭...). Only defined words are accepted as
/// custom tags, so a typo in a form or a sheet cannot quietly start a second, almost-identical tag.
/// </summary>
public sealed class CommunityTag : ICommunityOwned
{
    public const int MaxNameLength = 30;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private CommunityTag() { }

    public CommunityTag(int communityId, string name, string? description, DateTime now)
    {
        CommunityId = communityId;
        Name = name;
        Description = description;
        CreatedAt = now;
    }
}
