using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>A room or area of a community's space (reading corner, group room, hall) that people book.</summary>
public sealed class Space : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public int Capacity { get; private set; }
    public bool NeedsApproval { get; private set; }
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
}
